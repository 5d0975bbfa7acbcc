#pragma once

#include "meetings/Attendance.h"
#include "meetings/Compliance.h"

#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// 三会一课 and the rest per branch over a period: held against required, gaps highlighted.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ComplianceModel(QObject* parent = nullptr);

    struct BranchRow
    {
        qint64 orgId = 0;
        QString name;
        QList<ComplianceResult> results; // one per rule
        AttendanceTally attendance;      // over the period, all meetings
    };
    void setRows(const QList<ComplianceRule>& rules, const QList<BranchRow>& rows);
    int gapCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ComplianceRule> m_rules;
    QList<BranchRow> m_rows;
};

} // namespace partydesk
