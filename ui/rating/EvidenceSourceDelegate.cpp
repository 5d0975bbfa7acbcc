#include "EvidenceSourceDelegate.h"

#include "rating/EvidenceSource.h"

#include <QComboBox>

namespace partydesk {

QWidget* EvidenceSourceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                              const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->addItem(tr("(typed by hand)"), EvidenceSource::None);
    for (const QString& code : EvidenceSource::all())
        box->addItem(EvidenceSource::name(code), code);
    return box;
}

void EvidenceSourceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toString())));
}

void EvidenceSourceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace partydesk
