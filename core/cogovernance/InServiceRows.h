#pragma once

#include "InServiceService.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace partydesk::inservice {

// Shared by InServiceService's files: reads of posts and claims.
extern const char* const auditFailed;
std::optional<ServicePost> readPost(const QSqlDatabase& db, qint64 id);
// Claims matching `where` (a condition on one bound id), in the order claimed.
QList<ServiceClaim> readClaims(const QSqlDatabase& db, const QString& where, qint64 id);
bool heldOn(const ServiceClaim& claim, QDate day);
QString capacityText(int capacity);

} // namespace partydesk::inservice
