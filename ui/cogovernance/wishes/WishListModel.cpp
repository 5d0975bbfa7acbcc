#include "WishListModel.h"

#include "cogovernance/WishFacts.h"
#include "development/OverdueStyle.h"

namespace partydesk {

void WishListModel::setWishes(const QList<MicroWish>& wishes, QDate today)
{
    beginResetModel();
    m_wishes = wishes;
    m_today = today;
    endResetModel();
}

int WishListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_wishes.size(); ++row)
        if (m_wishes.at(row).id == id)
            return row;
    return -1;
}

int WishListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_wishes.size());
}

int WishListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WishListModel::overdue(const MicroWish& w) const
{
    return w.stage() == WishStage::Published && w.publishedOn.daysTo(m_today) > wishClaimDays;
}

QVariant WishListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_wishes.size())
        return {};
    const MicroWish& w = m_wishes.at(index.row());
    if (role == Qt::ForegroundRole)
        return overdueForeground(overdue(w));
    if (role == Qt::ToolTipRole && overdue(w))
        return tr("Published on %1 and not claimed for %2 days (more than %3).")
            .arg(w.publishedOn.toString(Qt::ISODate))
            .arg(w.publishedOn.daysTo(m_today))
            .arg(wishClaimDays);
    if (role == Qt::UserRole)
        return w.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WishedOnColumn:
        return w.wishedOn.toString(Qt::ISODate);
    case WishColumn:
        return w.wish;
    case CategoryColumn:
        return w.category;
    case ResidentColumn:
        return w.residentName;
    case BranchColumn:
        return w.branchName;
    case GridColumn:
        return w.gridName;
    case StageColumn:
        return wishStageName(w.stage());
    case ClaimerColumn:
        return w.claimerName;
    case DaysColumn:
        return w.daysWaiting(m_today);
    }
    return {};
}

QVariant WishListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WishedOnColumn:
        return tr("Wished on");
    case WishColumn:
        return tr("Wish");
    case CategoryColumn:
        return tr("Category");
    case ResidentColumn:
        return tr("Resident");
    case BranchColumn:
        return tr("Branch");
    case GridColumn:
        return tr("Grid");
    case StageColumn:
        return tr("Stage");
    case ClaimerColumn:
        return tr("Claimed by");
    case DaysColumn:
        return tr("Days");
    }
    return {};
}

} // namespace partydesk
