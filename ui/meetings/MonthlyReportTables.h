#pragma once

#include "report/TableReport.h"

#include <QDate>
#include <vector>

namespace partydesk {

class Workspace;
struct RosterRow;

// The month's report for one branch or (`orgId` 0 or a committee) every branch below, with each
// meeting's photos drawn under its details. Read from the workspace's database alone.
QList<TableReport> monthlyReportTables(Workspace& workspace, qint64 orgId, QDate month);

// The same; the roster is not read. Kept for callers (the `report monthly` command) written when
// the report took one.
inline QList<TableReport> monthlyReportTables(Workspace& workspace, const std::vector<RosterRow>&,
                                              qint64 orgId, QDate month)
{
    return monthlyReportTables(workspace, orgId, month);
}

} // namespace partydesk
