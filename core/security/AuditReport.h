#pragma once

#include "report/TableReport.h"
#include "security/AuditChain.h"

#include <QList>

namespace partydesk {

// The audit trail as a table for the .xlsx export (the TableReport + writeXlsx path): number,
// time, user, action, detail. `entries` is shared, so the report outlives the caller's list.
TableReport auditReport(const QList<AuditEntry>& entries, const QString& subtitle);

// The action's name for people (登录, 修改党员 …); unknown actions are shown as stored.
QString auditActionName(const QString& action);

} // namespace partydesk
