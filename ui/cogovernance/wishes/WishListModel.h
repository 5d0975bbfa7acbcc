#pragma once

#include "cogovernance/Wish.h"

#include <QAbstractTableModel>

namespace partydesk {

// The wishes of the selection, one a row; a wish waiting to be claimed for more than
// wishClaimDays is red, with a tooltip saying why.
class WishListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WishedOnColumn,
        WishColumn,
        CategoryColumn,
        ResidentColumn,
        BranchColumn,
        GridColumn,
        StageColumn,
        ClaimerColumn,
        DaysColumn,
        ColumnCount
    };

    explicit WishListModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setWishes(const QList<MicroWish>& wishes, QDate today);
    const MicroWish& wishAt(int row) const { return m_wishes.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool overdue(const MicroWish& wish) const;

    QList<MicroWish> m_wishes;
    QDate m_today;
};

} // namespace partydesk
