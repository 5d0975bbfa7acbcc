#include "AppraisalGradeDelegate.h"

#include "appraisal/AppraisalGrade.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>

namespace partydesk {

namespace {
const char* const listShown = "partydeskListShown";
} // namespace

QWidget* AppraisalGradeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                              const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("gradeCombo"));
    combo->addItem(tr("Not rated"), -1);
    for (AppraisalGrade grade : enumValues<AppraisalGrade>())
        combo->addItem(enumLabel(grade), gradeIndex(grade));
    // The list's container is the combo box's child: its showing marks a choice made from the list.
    combo->view()->parentWidget()->installEventFilter(const_cast<AppraisalGradeDelegate*>(this));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (!combo->property(listShown).toBool())
            return;
        auto* self = const_cast<AppraisalGradeDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void AppraisalGradeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void AppraisalGradeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

bool AppraisalGradeDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* combo = qobject_cast<QComboBox*>(watched->parent());
    if (combo && combo->view()->parentWidget() == watched) { // the list, not an editor
        if (event->type() == QEvent::Show)
            combo->setProperty(listShown, true);
        return false;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace partydesk
