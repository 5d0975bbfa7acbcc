#pragma once

#include "report/TableReport.h"

#include <QDate>
#include <vector>

namespace partydesk {

class Workspace;

// The month's report for one branch or (`orgId` 0 or a committee) every branch below, with each
// meeting's photos drawn under its details. Read from the workspace's database alone.
QList<TableReport> monthlyReportTables(Workspace& workspace, qint64 orgId, QDate month);

} // namespace partydesk
