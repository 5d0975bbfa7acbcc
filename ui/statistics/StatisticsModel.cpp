#include "StatisticsModel.h"

#include <QFont>

namespace partydesk {

StatisticsModel::StatisticsModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_values = MemberStatistics::values(m_dimension);
}

void StatisticsModel::setStatistics(std::shared_ptr<const MemberStatistics> statistics)
{
    beginResetModel();
    m_statistics = std::move(statistics);
    endResetModel();
}

void StatisticsModel::setDimension(MemberStatistics::Dimension dimension)
{
    beginResetModel();
    m_dimension = dimension;
    m_values = MemberStatistics::values(dimension);
    endResetModel();
}

const QList<MemberStatistics::OrgRow>* StatisticsModel::rows() const
{
    return m_statistics ? &m_statistics->rows(m_dimension) : nullptr;
}

int StatisticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !rows() ? 0 : int(rows()->size());
}

int StatisticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_values.size()) + 2;
}

QVariant StatisticsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MemberStatistics::OrgRow& row = rows()->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return QString(row.depth * 2, QLatin1Char(' ')) + row.name;
        return row.counts.value(index.column() - 1);
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.orgId == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Organisation");
    if (section == 1)
        return MemberStatistics::partyMembersHeading();
    return m_values.value(section - 2);
}

} // namespace partydesk
