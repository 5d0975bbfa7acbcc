#include "CoBuildingQueries.h"

#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace partydesk {

namespace {

QString idList(const QList<qint64>& ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

QString yearStart(int year)
{
    return isoDateText(QDate(year, 1, 1));
}
QString yearEnd(int year)
{
    return isoDateText(QDate(year, 12, 31));
}

// (record id, project id, project title) rows for one kind of link.
template <typename Record> void attachProjects(QSqlDatabase db, const QString& sql, QList<Record>& records)
{
    QHash<qint64, int> at;
    for (int i = 0; i < records.size(); ++i)
        at.insert(records[i].id, i);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !execRead(q))
        return;
    while (q.next()) {
        const auto it = at.constFind(q.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        records[*it].projectIds << q.value(1).toLongLong();
        records[*it].projectTitles << q.value(2).toString();
    }
}

QList<CogovNeed> readNeeds(QSqlDatabase db, const QString& committees, const QString& where)
{
    QList<CogovNeed> needs;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT n.id, n.committee_id, n.title, n.category, n.detail, n.source, "
                           "n.grid_id, n.raised_on, n.status, n.closed_on, n.notes, coalesce(g.name, '') "
                           "FROM cogov_need n LEFT JOIN grid g ON g.id = n.grid_id "
                           "WHERE n.committee_id IN (%1) %2 ORDER BY n.raised_on DESC, n.id DESC")
                .arg(committees, where)) ||
        !execRead(q))
        return needs;
    while (q.next()) {
        CogovNeed n;
        n.id = q.value(0).toLongLong();
        n.committeeId = q.value(1).toLongLong();
        n.title = q.value(2).toString();
        n.category = q.value(3).toString();
        n.detail = q.value(4).toString();
        n.source = q.value(5).toString();
        n.gridId = q.value(6).toLongLong();
        n.raisedOn = dateFromSql(q.value(7));
        n.status = q.value(8).toString();
        n.closedOn = dateFromSql(q.value(9));
        n.notes = q.value(10).toString();
        n.gridName = q.value(11).toString();
        needs << n;
    }
    attachProjects(db,
                   QStringLiteral("SELECT pn.need_id, p.id, p.title FROM cogov_project_need pn "
                                  "JOIN cogov_project p ON p.id = pn.project_id WHERE p.committee_id IN (%1) "
                                  "ORDER BY p.id")
                       .arg(committees),
                   needs);
    return needs;
}

QList<CogovResource> readResources(QSqlDatabase db, const QString& committees, const QString& where)
{
    QList<CogovResource> resources;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT r.id, r.unit_id, r.title, r.category, r.detail, r.offered_on, "
                           "r.withdrawn_on, r.notes, u.name, u.committee_id FROM cogov_resource r "
                           "JOIN co_building_unit u ON u.id = r.unit_id WHERE u.committee_id IN (%1) %2 "
                           "ORDER BY r.offered_on DESC, r.id DESC")
                .arg(committees, where)) ||
        !execRead(q))
        return resources;
    while (q.next()) {
        CogovResource r;
        r.id = q.value(0).toLongLong();
        r.unitId = q.value(1).toLongLong();
        r.title = q.value(2).toString();
        r.category = q.value(3).toString();
        r.detail = q.value(4).toString();
        r.offeredOn = dateFromSql(q.value(5));
        r.withdrawnOn = dateFromSql(q.value(6));
        r.notes = q.value(7).toString();
        r.unitName = q.value(8).toString();
        r.committeeId = q.value(9).toLongLong();
        resources << r;
    }
    attachProjects(db,
                   QStringLiteral("SELECT pr.resource_id, p.id, p.title FROM cogov_project_resource pr "
                                  "JOIN cogov_project p ON p.id = pr.project_id WHERE p.committee_id IN (%1) "
                                  "ORDER BY p.id")
                       .arg(committees),
                   resources);
    return resources;
}

QList<CogovProject> readProjects(QSqlDatabase db, const QString& committees, const QString& where)
{
    QList<CogovProject> projects;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT p.id, p.committee_id, p.title, p.category, p.lead_unit_id, p.lead_person, "
                           "p.budget, p.starts_on, p.due_on, p.finished_on, p.status, p.results, p.notes, "
                           "coalesce(u.name, '') FROM cogov_project p "
                           "LEFT JOIN co_building_unit u ON u.id = p.lead_unit_id "
                           "WHERE p.committee_id IN (%1) %2 "
                           "ORDER BY coalesce(p.due_on, p.starts_on, '9999') DESC, p.id DESC")
                .arg(committees, where)) ||
        !execRead(q))
        return projects;
    QHash<qint64, int> at;
    while (q.next()) {
        CogovProject p;
        p.id = q.value(0).toLongLong();
        p.committeeId = q.value(1).toLongLong();
        p.title = q.value(2).toString();
        p.category = q.value(3).toString();
        p.leadUnitId = q.value(4).toLongLong();
        p.leadPerson = q.value(5).toString();
        p.budget = q.value(6).toLongLong();
        p.startsOn = dateFromSql(q.value(7));
        p.dueOn = dateFromSql(q.value(8));
        p.finishedOn = dateFromSql(q.value(9));
        p.status = q.value(10).toString();
        p.results = q.value(11).toString();
        p.notes = q.value(12).toString();
        p.leadUnitName = q.value(13).toString();
        at.insert(p.id, int(projects.size()));
        projects << p;
    }
    const QString links[3] = {
        QStringLiteral("SELECT l.project_id, x.id, x.name FROM cogov_project_unit l "
                       "JOIN co_building_unit x ON x.id = l.unit_id"),
        QStringLiteral("SELECT l.project_id, x.id, x.title FROM cogov_project_need l "
                       "JOIN cogov_need x ON x.id = l.need_id"),
        QStringLiteral("SELECT l.project_id, x.id, x.title FROM cogov_project_resource l "
                       "JOIN cogov_resource x ON x.id = l.resource_id")};
    for (int kind = 0; kind < 3; ++kind) {
        QSqlQuery link(db);
        link.setForwardOnly(true);
        if (!link.prepare(
                links[kind] +
                QStringLiteral(" JOIN cogov_project p ON p.id = l.project_id WHERE p.committee_id IN (%1) "
                               "ORDER BY x.id")
                    .arg(committees)) ||
            !execRead(link))
            continue;
        while (link.next()) {
            const auto it = at.constFind(link.value(0).toLongLong());
            if (it == at.constEnd())
                continue;
            CogovProject& p = projects[*it];
            const qint64 id = link.value(1).toLongLong();
            const QString name = link.value(2).toString();
            if (kind == 0) {
                p.unitIds << id;
                p.unitNames << name;
            } else if (kind == 1) {
                p.needIds << id;
                p.needTitles << name;
            } else {
                p.resourceIds << id;
                p.resourceTitles << name;
            }
        }
    }
    return projects;
}

qint64 committeeOfRow(QSqlDatabase db, const QString& sql, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    return execRead(q) && q.next() ? q.value(0).toLongLong() : 0;
}

template <typename Record> Record byId(const QList<Record>& records, qint64 id)
{
    for (const Record& r : records)
        if (r.id == id)
            return r;
    return {};
}

} // namespace

QList<CogovNeed> cogovNeeds(QSqlDatabase db, const QList<qint64>& committeeIds,
                            const CoBuildingFilter& filter)
{
    if (committeeIds.isEmpty())
        return {};
    QString where;
    if (NeedStatus::open == filter.status || needStatuses().contains(filter.status))
        where += QStringLiteral(" AND n.status = '%1'").arg(filter.status);
    if (filter.year > 0)
        where += QStringLiteral(" AND n.raised_on <= '%1' AND (n.closed_on IS NULL OR n.closed_on >= '%2')")
                     .arg(yearEnd(filter.year), yearStart(filter.year));
    return readNeeds(db, idList(committeeIds), where);
}

QList<CogovResource> cogovResources(QSqlDatabase db, const QList<qint64>& committeeIds,
                                    const CoBuildingFilter& filter)
{
    if (committeeIds.isEmpty())
        return {};
    QString where;
    if (filter.status == resourceOffered)
        where += QStringLiteral(" AND r.withdrawn_on IS NULL");
    else if (filter.status == resourceWithdrawn)
        where += QStringLiteral(" AND r.withdrawn_on IS NOT NULL");
    else if (filter.status == resourceUnused)
        where += QStringLiteral(" AND r.withdrawn_on IS NULL AND NOT EXISTS "
                                "(SELECT 1 FROM cogov_project_resource pr WHERE pr.resource_id = r.id)");
    if (filter.year > 0)
        where +=
            QStringLiteral(" AND r.offered_on <= '%1' AND (r.withdrawn_on IS NULL OR r.withdrawn_on >= '%2')")
                .arg(yearEnd(filter.year), yearStart(filter.year));
    return readResources(db, idList(committeeIds), where);
}

QList<CogovProject> cogovProjects(QSqlDatabase db, const QList<qint64>& committeeIds,
                                  const CoBuildingFilter& filter)
{
    if (committeeIds.isEmpty())
        return {};
    QString where;
    if (projectStatuses().contains(filter.status))
        where += QStringLiteral(" AND p.status = '%1'").arg(filter.status);
    else if (filter.status == projectOverdue)
        where += QStringLiteral(" AND p.status IN ('planned', 'running') AND p.due_on < '%1'")
                     .arg(isoDateText(filter.today));
    if (filter.year > 0)
        where += QStringLiteral(" AND coalesce(p.starts_on, p.due_on, p.finished_on, '%1') <= '%1' "
                                "AND (p.finished_on IS NULL OR p.finished_on >= '%2')")
                     .arg(yearEnd(filter.year), yearStart(filter.year));
    return readProjects(db, idList(committeeIds), where);
}

CogovNeed cogovNeed(QSqlDatabase db, qint64 id)
{
    const qint64 committee =
        committeeOfRow(db, QStringLiteral("SELECT committee_id FROM cogov_need WHERE id = ?"), id);
    return committee
               ? byId(readNeeds(db, QString::number(committee), QStringLiteral(" AND n.id = %1").arg(id)), id)
               : CogovNeed();
}

CogovResource cogovResource(QSqlDatabase db, qint64 id)
{
    const qint64 committee = committeeOfRow(
        db,
        QStringLiteral(
            "SELECT u.committee_id FROM cogov_resource r JOIN co_building_unit u ON u.id = r.unit_id "
            "WHERE r.id = ?"),
        id);
    return committee
               ? byId(readResources(db, QString::number(committee), QStringLiteral(" AND r.id = %1").arg(id)),
                      id)
               : CogovResource();
}

CogovProject cogovProject(QSqlDatabase db, qint64 id)
{
    const qint64 committee =
        committeeOfRow(db, QStringLiteral("SELECT committee_id FROM cogov_project WHERE id = ?"), id);
    return committee
               ? byId(readProjects(db, QString::number(committee), QStringLiteral(" AND p.id = %1").arg(id)),
                      id)
               : CogovProject();
}

QList<CogovNeed> unmatchedNeeds(QSqlDatabase db, const QList<qint64>& committeeIds)
{
    return cogovNeeds(db, committeeIds, {NeedStatus::open, 0, {}});
}

QList<CogovResource> resourcesNeverUsed(QSqlDatabase db, const QList<qint64>& committeeIds)
{
    return cogovResources(db, committeeIds, {resourceUnused, 0, {}});
}

QList<CogovProject> projectsOverdue(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today)
{
    QList<CogovProject> overdue = cogovProjects(db, committeeIds, {projectOverdue, 0, today});
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const CogovProject& a, const CogovProject& b) { return a.dueOn < b.dueOn; });
    return overdue;
}

QList<UnitSummary> coBuildingUnits(QSqlDatabase db, const QList<qint64>& committeeIds)
{
    QList<UnitSummary> units;
    if (committeeIds.isEmpty())
        return units;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT u.id, u.committee_id, u.name, u.unit_kind, u.contact_person, u.phone, "
                           "u.joined_on, u.left_on, o.name, "
                           "(SELECT count(*) FROM unit_person p WHERE p.unit_id = u.id) "
                           "FROM co_building_unit u JOIN organisation o ON o.id = u.committee_id "
                           "WHERE u.committee_id IN (%1) ORDER BY o.sort_order, o.id, u.id")
                .arg(idList(committeeIds))) ||
        !execRead(q))
        return units;
    while (q.next()) {
        UnitSummary s;
        s.unit.id = q.value(0).toLongLong();
        s.unit.committeeId = q.value(1).toLongLong();
        s.unit.name = q.value(2).toString();
        s.unit.kind = q.value(3).toString();
        s.unit.contactPerson = q.value(4).toString();
        s.unit.phone = q.value(5).toString();
        s.unit.joinedOn = dateFromSql(q.value(6));
        s.unit.leftOn = dateFromSql(q.value(7));
        s.committeeName = q.value(8).toString();
        s.people = q.value(9).toInt();
        units << s;
    }
    return units;
}

namespace {

QList<UnitPerson> readPeople(QSqlDatabase db, const QString& column, qint64 id)
{
    QList<UnitPerson> people;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, unit_id, name, position, committee_role, phone, from_on, to_on "
                             "FROM unit_person WHERE %1 = ? ORDER BY committee_role = '', id")
                  .arg(column));
    q.addBindValue(id);
    if (!execRead(q))
        return people;
    while (q.next()) {
        UnitPerson p;
        p.id = q.value(0).toLongLong();
        p.unitId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        p.position = q.value(3).toString();
        p.committeeRole = q.value(4).toString();
        p.phone = q.value(5).toString();
        p.fromOn = dateFromSql(q.value(6));
        p.toOn = dateFromSql(q.value(7));
        people << p;
    }
    return people;
}

} // namespace

QList<UnitPerson> unitPeople(QSqlDatabase db, qint64 unitId)
{
    return readPeople(db, QStringLiteral("unit_id"), unitId);
}

UnitPerson unitPerson(QSqlDatabase db, qint64 personId)
{
    const QList<UnitPerson> people = readPeople(db, QStringLiteral("id"), personId);
    return people.isEmpty() ? UnitPerson() : people.first();
}

CoBuildingFacts coBuildingFacts(QSqlDatabase db, const QList<qint64>& committeeIds, int year)
{
    CoBuildingFacts facts;
    if (committeeIds.isEmpty())
        return facts;
    const QString ids = idList(committeeIds);
    const QString from = yearStart(year);
    const QString to = yearEnd(year);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.prepare(QStringLiteral(
                      "SELECT (SELECT count(*) FROM cogov_need WHERE committee_id IN (%1) AND raised_on "
                      "BETWEEN '%2' AND '%3'), "
                      "(SELECT count(*) FROM cogov_need WHERE committee_id IN (%1) AND raised_on BETWEEN "
                      "'%2' AND '%3' "
                      "   AND status = 'met'), "
                      "(SELECT count(*) FROM cogov_resource r JOIN co_building_unit u ON u.id = r.unit_id "
                      "   WHERE u.committee_id IN (%1) AND r.offered_on BETWEEN '%2' AND '%3'), "
                      "(SELECT count(*) FROM cogov_project WHERE committee_id IN (%1) AND status = 'running' "
                      "   AND coalesce(starts_on, '%3') <= '%3'), "
                      "(SELECT count(*) FROM cogov_project WHERE committee_id IN (%1) AND status = 'done' "
                      "   AND finished_on BETWEEN '%2' AND '%3')")
                      .arg(ids, from, to)) &&
        execRead(q) && q.next()) {
        facts.needsRaised = q.value(0).toInt();
        facts.needsMet = q.value(1).toInt();
        facts.resourcesOffered = q.value(2).toInt();
        facts.projectsRunning = q.value(3).toInt();
        facts.projectsDone = q.value(4).toInt();
    }
    QSqlQuery m(db);
    m.setForwardOnly(true);
    if (m.prepare(QStringLiteral(
                      "SELECT (CAST(substr(held_on, 6, 2) AS INTEGER) - 1) / 3, count(*) FROM joint_meeting "
                      "WHERE committee_id IN (%1) AND held_on BETWEEN '%2' AND '%3' GROUP BY 1")
                      .arg(ids, from, to)) &&
        execRead(m))
        while (m.next()) {
            const int quarter = m.value(0).toInt();
            if (quarter >= 0 && quarter < 4)
                facts.jointMeetingsByQuarter[size_t(quarter)] = m.value(1).toInt();
        }
    return facts;
}

} // namespace partydesk
