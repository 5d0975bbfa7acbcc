#pragma once

#include <QStyledItemDelegate>

namespace partydesk {

// A grade chosen from a combo box: not rated, 优秀, 合格, 基本合格, 不合格 (the model's Qt::EditRole holds
// the grade's index, -1 for none). The choice is committed as soon as it is made.
class AppraisalGradeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace partydesk
