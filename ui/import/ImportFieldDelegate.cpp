#include "ImportFieldDelegate.h"

#include "import/RosterFields.h"

#include <QComboBox>
#include <QEvent>

namespace partydesk {

QWidget* ImportFieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                           const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo"));
    for (RosterField field : RosterFields::mappable())
        combo->addItem(RosterFields::label(field), int(field));
    // Shown while the column is unknown (no item is current).
    combo->setPlaceholderText(RosterFields::label(RosterField::Unknown));
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(const_cast<ImportFieldDelegate*>(this));
    // A choice by mouse or keyboard is saved at once; setEditorData's own changes are not (blocked).
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { emit const_cast<ImportFieldDelegate*>(this)->commitData(combo); });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt())); // -1: unknown
}

void ImportFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

// The combo boxes fill a scrolling table: the wheel scrolls the table unless the user clicked into
// a combo first, so scrolling past never changes a column's field by accident.
bool ImportFieldDelegate::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* combo = qobject_cast<QComboBox*>(watched);
        if (combo && !combo->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace partydesk
