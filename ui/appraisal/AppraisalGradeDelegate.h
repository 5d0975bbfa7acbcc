#pragma once

#include <QStyledItemDelegate>

namespace partydesk {

// A grade chosen from a combo box: not rated, 优秀, 合格, 基本合格, 不合格 (the model's Qt::EditRole holds
// the grade's index, -1 for none). A choice from the open list is committed at once; with the arrow
// keys (which pass the grades in between) only on Enter, Tab or leaving the cell.
class AppraisalGradeDelegate : public QStyledItemDelegate
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
