#pragma once

#include <QStyledItemDelegate>

namespace partydesk {

// The field a column of an imported file is read as, chosen from a combo box that stays open in the
// cell (ImportMappingModel::ReadAsColumn). A choice is committed at once, so the preview follows it.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace partydesk
