#include "AppraisalGradeDelegate.h"

#include "appraisal/AppraisalGrade.h"

#include <QComboBox>

namespace partydesk {

QWidget* AppraisalGradeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("gradeCombo"));
    combo->addItem(tr("Not rated"), -1);
    for (AppraisalGrade grade : enumValues<AppraisalGrade>())
        combo->addItem(enumLabel(grade), gradeIndex(grade));
    connect(combo, &QComboBox::activated, this, [this, combo] {
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

void AppraisalGradeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace partydesk
