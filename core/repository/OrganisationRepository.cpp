#include "OrganisationRepository.h"

#include "repository/SqlRead.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace partydesk {

namespace {

Organisation organisationFrom(const QSqlQuery& q)
{
    Organisation org;
    org.id = q.value(0).toLongLong();
    org.parentId = q.value(1).toLongLong();
    org.name = q.value(2).toString();
    enumFromCode(q.value(3).toString(), &org.type);
    enumFromCode(q.value(4).toString(), &org.domain);
    org.secretary = q.value(5).toString();
    org.deputySecretary = q.value(6).toString();
    org.committee = q.value(7).toString();
    org.foundedOn = dateFromSql(q.value(8));
    org.termStart = dateFromSql(q.value(9));
    org.termEnd = dateFromSql(q.value(10));
    org.address = q.value(11).toString();
    org.gridId = q.value(12).toLongLong();
    org.sortOrder = q.value(13).toInt();
    return org;
}

const char* const orgColumns =
    "id, parent_id, name, org_type, domain, secretary, deputy_secretary, committee, "
    "founded_on, term_start, term_end, address, grid_id, sort_order";

Grid gridFrom(const QSqlQuery& q)
{
    Grid g;
    g.id = q.value(0).toLongLong();
    g.communityId = q.value(1).toLongLong();
    g.code = q.value(2).toString();
    g.name = q.value(3).toString();
    g.buildings = q.value(4).toString();
    g.gridHead = q.value(5).toString();
    g.streetHead = q.value(6).toString();
    g.laneHead = q.value(7).toString();
    g.buildingHead = q.value(8).toString();
    g.unitHead = q.value(9).toString();
    return g;
}

const char* const gridColumns =
    "id, community_id, code, name, buildings, grid_head, street_head, lane_head, building_head, unit_head";

QHash<qint64, int> countsBy(const QSqlDatabase& db, const QString& sql)
{
    QHash<qint64, int> counts;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

WriteResult finish(QSqlQuery& q, qint64 id)
{
    WriteResult result;
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    result.id = id > 0 ? id : returnedId(q);
    return result;
}

} // namespace

QList<Organisation> OrganisationRepository::all() const
{
    QList<Organisation> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM organisation WHERE dissolved_on IS NULL ORDER BY sort_order, id")
               .arg(QLatin1String(orgColumns)));
    while (q.next())
        list.append(organisationFrom(q));
    return list;
}

Organisation OrganisationRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM organisation WHERE id = ?").arg(QLatin1String(orgColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return organisationFrom(q);
    return {};
}

WriteResult OrganisationRepository::save(const Organisation& org)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    if (org.id > 0) {
        q.prepare(QStringLiteral("UPDATE organisation SET parent_id = ?, name = ?, org_type = ?, domain = ?, "
                                 "secretary = ?, deputy_secretary = ?, committee = ?, founded_on = ?, "
                                 "term_start = ?, term_end = ?, address = ?, grid_id = ?, sort_order = ? "
                                 "WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO organisation (parent_id, name, org_type, domain, secretary, "
            "deputy_secretary, committee, founded_on, term_start, term_end, address, "
            "grid_id, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    }
    bindValues(q, {sqlId(org.parentId), org.name.trimmed(), enumCode(org.type), enumCode(org.domain),
                   org.secretary.trimmed(), org.deputySecretary.trimmed(), org.committee.trimmed(),
                   sqlDate(org.foundedOn), sqlDate(org.termStart), sqlDate(org.termEnd),
                   org.address.trimmed(), sqlId(org.gridId), org.sortOrder});
    if (org.id > 0)
        q.addBindValue(org.id);
    return finish(q, org.id);
}

QList<Grid> OrganisationRepository::grids(qint64 communityId) const
{
    QList<Grid> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM grid WHERE community_id = ? ORDER BY code")
                  .arg(QLatin1String(gridColumns)));
    q.addBindValue(communityId);
    execRead(q);
    while (q.next())
        list.append(gridFrom(q));
    return list;
}

QList<Grid> OrganisationRepository::allGrids() const
{
    QList<Grid> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM grid ORDER BY community_id, code").arg(QLatin1String(gridColumns)));
    while (q.next())
        list.append(gridFrom(q));
    return list;
}

WriteResult OrganisationRepository::saveGrid(const Grid& g)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    if (g.id > 0)
        q.prepare(QStringLiteral(
            "UPDATE grid SET community_id = ?, code = ?, name = ?, buildings = ?, grid_head = ?, "
            "street_head = ?, lane_head = ?, building_head = ?, unit_head = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "INSERT INTO grid (community_id, code, name, buildings, grid_head, street_head, "
            "lane_head, building_head, unit_head) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {g.communityId, g.code, g.name, g.buildings, g.gridHead, g.streetHead, g.laneHead,
                   g.buildingHead, g.unitHead});
    if (g.id > 0)
        q.addBindValue(g.id);
    return finish(q, g.id);
}

QList<CoBuildingUnit> OrganisationRepository::coBuildingUnits(qint64 committeeId) const
{
    QList<CoBuildingUnit> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, committee_id, name, unit_kind, contact_person, phone, joined_on, left_on "
                       "FROM co_building_unit WHERE committee_id = ? ORDER BY left_on IS NOT NULL, id"));
    q.addBindValue(committeeId);
    execRead(q);
    while (q.next()) {
        CoBuildingUnit u;
        u.id = q.value(0).toLongLong();
        u.committeeId = q.value(1).toLongLong();
        u.name = q.value(2).toString();
        u.kind = q.value(3).toString();
        u.contactPerson = q.value(4).toString();
        u.phone = q.value(5).toString();
        u.joinedOn = dateFromSql(q.value(6));
        u.leftOn = dateFromSql(q.value(7));
        list.append(u);
    }
    return list;
}

WriteResult OrganisationRepository::saveCoBuildingUnit(const CoBuildingUnit& u)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    if (u.id > 0)
        q.prepare(QStringLiteral("UPDATE co_building_unit SET committee_id = ?, name = ?, unit_kind = ?, "
                                 "contact_person = ?, phone = ?, joined_on = ?, left_on = ? WHERE id = ?"));
    else
        q.prepare(
            QStringLiteral("INSERT INTO co_building_unit (committee_id, name, unit_kind, contact_person, "
                           "phone, joined_on, left_on) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(
        q, {u.committeeId, u.name, u.kind, u.contactPerson, u.phone, sqlDate(u.joinedOn), sqlDate(u.leftOn)});
    if (u.id > 0)
        q.addBindValue(u.id);
    return finish(q, u.id);
}

QHash<qint64, MemberCounts> OrganisationRepository::memberCounts() const
{
    QHash<qint64, MemberCounts> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT org_id, status, count(*) FROM member WHERE left_on IS NULL GROUP BY org_id, status"));
    while (q.next()) {
        MemberStatus status;
        if (enumFromCode(q.value(1).toString(), &status))
            counts[q.value(0).toLongLong()].add(status, q.value(2).toInt());
    }
    return counts;
}

QHash<qint64, int> OrganisationRepository::fullMemberCounts() const
{
    return countsBy(m_db, QStringLiteral("SELECT org_id, count(*) FROM member WHERE left_on IS NULL "
                                         "AND status = 'full' AND category = 'registered' GROUP BY org_id"));
}

} // namespace partydesk
