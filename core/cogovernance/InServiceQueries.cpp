#include "InServiceQueries.h"

#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace partydesk {

QString hoursText(qint64 tenths)
{
    const QString sign = tenths < 0 ? QStringLiteral("-") : QString();
    const qint64 t = tenths < 0 ? -tenths : tenths;
    return sign + QString::number(t / 10) + QLatin1Char('.') + QString::number(t % 10);
}

QList<InServiceMemberRow> inServiceMembers(const QSqlDatabase& db, const QSet<qint64>* orgIds, int year)
{
    QList<InServiceMemberRow> rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.org_id, trim(m.work_unit), m.reported_on, m.service_post, "
        "       coalesce(s.n, 0), coalesce(s.hours, 0) "
        "  FROM member m LEFT JOIN (SELECT member_id, count(*) AS n, sum(hours_tenths) AS hours "
        "                             FROM service_record WHERE served_on BETWEEN ? AND ? GROUP BY "
        "member_id) s "
        "         ON s.member_id = m.id "
        " WHERE m.category = 'in_service' AND m.left_on IS NULL AND m.status IN ('full', 'probationary') "
        " ORDER BY m.org_id, m.name_pinyin, m.id"));
    bindValues(q, {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    if (!execRead(q))
        return rows;
    while (q.next()) {
        const qint64 org = q.value(2).toLongLong();
        if (orgIds && !orgIds->contains(org))
            continue;
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), org, q.value(3).toString(),
                     dateFromSql(q.value(4)), q.value(5).toString(), q.value(6).toInt(),
                     q.value(7).toLongLong()});
    }
    return rows;
}

QList<InServiceMemberRow> withoutService(const QList<InServiceMemberRow>& rows)
{
    QList<InServiceMemberRow> result;
    for (const InServiceMemberRow& r : rows)
        if (r.reportedOn.isValid() && r.services == 0)
            result << r;
    return result;
}

QList<UnitServiceTotal> unitTotals(const QList<InServiceMemberRow>& rows)
{
    QMap<QString, UnitServiceTotal> byUnit;
    for (const InServiceMemberRow& r : rows) {
        UnitServiceTotal& t = byUnit[r.workUnit.trimmed()];
        t.unit = r.workUnit.trimmed();
        ++t.members;
        t.reported += r.reportedOn.isValid() ? 1 : 0;
        t.served += r.services > 0 ? 1 : 0;
        t.services += r.services;
        t.hoursTenths += r.hoursTenths;
    }
    return byUnit.values();
}

QString unitDisplayName(const QString& unit)
{
    return unit.trimmed().isEmpty() ? QCoreApplication::translate("InService", "(unit not recorded)")
                                    : unit.trimmed();
}

QList<ServicePostRow> servicePosts(const QSqlDatabase& db, const QList<qint64>& committees, QDate day)
{
    QList<ServicePostRow> rows;
    if (committees.isEmpty())
        return rows;
    QStringList ids;
    for (qint64 id : committees)
        ids << QString::number(id);
    const QString in = ids.join(QLatin1Char(','));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, committee_id, name, capacity, description, closed_on FROM service_post "
                       "WHERE committee_id IN (%1) ORDER BY committee_id, closed_on IS NOT NULL, id")
            .arg(in));
    if (!execRead(q))
        return rows;
    QHash<qint64, int> index;
    while (q.next()) {
        ServicePostRow row;
        row.post = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toInt(),      q.value(4).toString(),   dateFromSql(q.value(5))};
        index.insert(row.post.id, int(rows.size()));
        rows << row;
    }
    q.prepare(
        QStringLiteral("SELECT c.post_id, m.name FROM service_claim c JOIN member m ON m.id = c.member_id "
                       "JOIN service_post p ON p.id = c.post_id WHERE p.committee_id IN (%1) "
                       "AND c.claimed_on <= ? AND (c.released_on IS NULL OR c.released_on > ?) "
                       "ORDER BY c.claimed_on, c.id")
            .arg(in));
    bindValues(q, {sqlDate(day), sqlDate(day)});
    if (!execRead(q))
        return rows;
    while (q.next()) {
        const int i = index.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        rows[i].holders << q.value(1).toString();
        ++rows[i].held;
    }
    for (ServicePostRow& row : rows)
        row.freePlaces = row.post.capacity > 0 ? std::max(0, row.post.capacity - row.held) : -1;
    return rows;
}

QList<ServiceClaimRow> claimsOf(const QSqlDatabase& db, qint64 memberId)
{
    QList<ServiceClaimRow> rows;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT c.id, c.post_id, c.member_id, c.claimed_on, c.released_on, p.name "
                       "FROM service_claim c JOIN service_post p ON p.id = c.post_id WHERE c.member_id = ? "
                       "ORDER BY c.released_on IS NULL DESC, c.claimed_on DESC, c.id DESC"));
    q.addBindValue(memberId);
    if (!execRead(q))
        return rows;
    while (q.next())
        rows.append({{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      dateFromSql(q.value(3)), dateFromSql(q.value(4))},
                     q.value(5).toString()});
    return rows;
}

QList<ServiceRecord> serviceRecordsOf(const QSqlDatabase& db, qint64 memberId, int year)
{
    QList<ServiceRecord> rows;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, member_id, post_id, served_on, activity, hours_tenths, verified_by, notes "
                       "FROM service_record WHERE member_id = ? AND (? = 0 OR served_on BETWEEN ? AND ?) "
                       "ORDER BY served_on DESC, id DESC"));
    bindValues(q,
               {memberId, year, QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    if (!execRead(q))
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     dateFromSql(q.value(3)), q.value(4).toString(), q.value(5).toInt(),
                     q.value(6).toString(), q.value(7).toString()});
    return rows;
}

QList<YearServiceTotal> yearTotals(const QSqlDatabase& db, const QSet<qint64>* orgIds)
{
    QMap<int, YearServiceTotal> byYear;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT CAST(substr(r.served_on, 1, 4) AS INTEGER), m.org_id, count(*), "
                             "sum(r.hours_tenths) FROM service_record r JOIN member m ON m.id = r.member_id "
                             "WHERE m.category = 'in_service' GROUP BY 1, r.member_id, m.org_id"));
    if (!execRead(q))
        return {};
    while (q.next()) {
        if (orgIds && !orgIds->contains(q.value(1).toLongLong()))
            continue;
        YearServiceTotal& t = byYear[q.value(0).toInt()];
        t.year = q.value(0).toInt();
        ++t.members;
        t.services += q.value(2).toInt();
        t.hoursTenths += q.value(3).toLongLong();
    }
    return byYear.values();
}

InServiceFacts inServiceFacts(const QSqlDatabase& db, const QSet<qint64>& orgIds, int year)
{
    InServiceFacts facts;
    for (const InServiceMemberRow& r : inServiceMembers(db, &orgIds, year)) {
        ++facts.inService;
        facts.reported += r.reportedOn.isValid() ? 1 : 0;
        facts.withService += r.services > 0 ? 1 : 0;
        facts.hoursTenths += r.hoursTenths;
    }
    return facts;
}

} // namespace partydesk
