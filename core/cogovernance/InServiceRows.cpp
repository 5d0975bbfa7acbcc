#include "InServiceRows.h"

#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk::inservice {

const char* const auditFailed = "audit_log: could not record the change";

std::optional<ServicePost> readPost(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, committee_id, name, capacity, description, closed_on FROM service_post "
                       "WHERE id = ?"));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return ServicePost{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toInt(),      q.value(4).toString(),   dateFromSql(q.value(5))};
}

QList<ServiceClaim> readClaims(const QSqlDatabase& db, const QString& where, qint64 id)
{
    QList<ServiceClaim> claims;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, post_id, member_id, claimed_on, released_on FROM service_claim WHERE ") +
        where + QStringLiteral(" ORDER BY claimed_on, id"));
    q.addBindValue(id);
    if (!execRead(q))
        return claims;
    while (q.next())
        claims.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       dateFromSql(q.value(3)), dateFromSql(q.value(4))});
    return claims;
}

bool heldOn(const ServiceClaim& claim, QDate day)
{
    return claim.claimedOn <= day && (!claim.releasedOn.isValid() || claim.releasedOn > day);
}

QString capacityText(int capacity)
{
    return capacity > 0 ? QString::number(capacity) : QString();
}

} // namespace partydesk::inservice
