#pragma once

#include "report/TableReport.h"

#include <QDate>
#include <vector>

namespace partydesk {

class Workspace;
struct RosterRow;

// The month's report for one branch or (`orgId` 0 or a committee) every branch below, with each
// meeting's photos drawn under its details. `roster` must outlive the tables.
QList<TableReport> monthlyReportTables(Workspace& workspace, const std::vector<RosterRow>& roster,
                                       qint64 orgId, QDate month);

} // namespace partydesk
