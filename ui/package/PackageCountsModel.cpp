#include "PackageCountsModel.h"

#include "package/PackageKinds.h"

namespace partydesk {

void PackageCountsModel::setPlan(const PackageImport::Plan& plan)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& table : PackageImport::kindsInOrder()) {
        const PackageImport::Counts counts = plan.counts(table);
        if (counts.added + counts.changed + counts.same + counts.left > 0)
            m_rows.append({table, counts});
    }
    endResetModel();
}

void PackageCountsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PackageCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Kind)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return PackageKinds::plural(row.table);
    case Added:
        return row.counts.added;
    case Changed:
        return row.counts.changed;
    case Same:
        return row.counts.same;
    case Left:
        return row.counts.left;
    default:
        return {};
    }
}

QVariant PackageCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Records");
    case Added:
        return tr("New");
    case Changed:
        return tr("Changed");
    case Same:
        return tr("The same");
    case Left:
        return tr("Left (removed)");
    default:
        return {};
    }
}

} // namespace partydesk
