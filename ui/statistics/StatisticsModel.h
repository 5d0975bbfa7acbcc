#pragma once

#include "report/MemberStatistics.h"

#include <memory>
#include <QAbstractTableModel>

namespace partydesk {

// One dimension of the member statistics: a row per organisation, the total last.
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StatisticsModel(QObject* parent = nullptr);

    void setStatistics(std::shared_ptr<const MemberStatistics> statistics);
    void setDimension(MemberStatistics::Dimension dimension);
    MemberStatistics::Dimension dimension() const { return m_dimension; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<MemberStatistics::OrgRow>* rows() const;

    std::shared_ptr<const MemberStatistics> m_statistics;
    MemberStatistics::Dimension m_dimension = MemberStatistics::Dimension::Category;
    QStringList m_values;
};

} // namespace partydesk
