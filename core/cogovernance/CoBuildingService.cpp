#include "CoBuildingService.h"

#include "CoBuildingQueries.h"
#include "dues/DuesRecords.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

using Fields = QList<QPair<const char*, QString>>;

QList<FieldChange> changesOf(const Fields& before, const Fields& after)
{
    QList<FieldChange> changes;
    for (int i = 0; i < after.size(); ++i) {
        const QString old = i < before.size() ? before[i].second : QString();
        if (old != after[i].second)
            changes << FieldChange{QString::fromLatin1(after[i].first), old, after[i].second};
    }
    return changes;
}

QString ids(const QList<qint64>& list)
{
    QStringList text;
    for (qint64 id : list)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

Fields fieldsOf(const UnitPerson& p)
{
    return {{"name", p.name},   {"position", p.position},           {"committee_role", p.committeeRole},
            {"phone", p.phone}, {"from_on", isoDateText(p.fromOn)}, {"to_on", isoDateText(p.toOn)}};
}

Fields fieldsOf(const CogovNeed& n)
{
    return {{"title", n.title},
            {"category", n.category},
            {"source", n.source},
            {"grid", n.gridId ? QString::number(n.gridId) : QString()},
            {"raised_on", isoDateText(n.raisedOn)},
            {"status", n.status},
            {"closed_on", isoDateText(n.closedOn)},
            {"detail", n.detail},
            {"notes", n.notes}};
}

Fields fieldsOf(const CogovResource& r)
{
    return {{"unit", QString::number(r.unitId)},
            {"title", r.title},
            {"category", r.category},
            {"offered_on", isoDateText(r.offeredOn)},
            {"withdrawn_on", isoDateText(r.withdrawnOn)},
            {"detail", r.detail},
            {"notes", r.notes}};
}

Fields fieldsOf(const CogovProject& p)
{
    return {{"title", p.title},
            {"category", p.category},
            {"lead_unit", p.leadUnitId ? QString::number(p.leadUnitId) : QString()},
            {"lead_person", p.leadPerson},
            {"budget", yuanText(p.budget)},
            {"starts_on", isoDateText(p.startsOn)},
            {"due_on", isoDateText(p.dueOn)},
            {"finished_on", isoDateText(p.finishedOn)},
            {"status", p.status},
            {"results", p.results},
            {"units", ids(p.unitIds)},
            {"needs", ids(p.needIds)},
            {"resources", ids(p.resourceIds)}};
}

UnitPerson trimmedPerson(UnitPerson p)
{
    for (QString* text : {&p.name, &p.position, &p.committeeRole, &p.phone})
        *text = text->trimmed();
    return p;
}

CogovResource trimmedResource(CogovResource r)
{
    for (QString* text : {&r.title, &r.category, &r.detail, &r.notes})
        *text = text->trimmed();
    return r;
}

QString run(QSqlQuery& q)
{
    return q.exec() ? QString() : q.lastError().text();
}

const char* const auditFailed = "audit_log: could not record the change";

} // namespace

CoBuildingService::CoBuildingService(Workspace& workspace)
    : CoBuildingService(workspace.database(), workspace.audit(), workspace.clock(), workspace.writeGate())
{
}

QString CoBuildingService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
}

qint64 CoBuildingService::committeeOfUnit(qint64 unitId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT committee_id FROM co_building_unit WHERE id = ?"));
    q.addBindValue(unitId);
    return execRead(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool CoBuildingService::isCommittee(qint64 orgId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM organisation WHERE id = ? AND org_type IN "
                             "('community_committee', 'big_committee', 'joint_committee')"));
    q.addBindValue(orgId);
    return execRead(q) && q.next();
}

FieldErrors CoBuildingService::checkPerson(const UnitPerson& input) const
{
    const UnitPerson p = trimmedPerson(input);
    FieldErrors errors;
    if (committeeOfUnit(p.unitId) == 0)
        errors.append({CoBuildingField::unit,
                       QCoreApplication::translate("CoBuildingService", "Choose the co-building unit.")});
    if (p.name.isEmpty())
        errors.append({CoBuildingField::name,
                       QCoreApplication::translate("CoBuildingService", "Enter the person's name.")});
    if (p.fromOn.isValid() && p.toOn.isValid() && p.toOn < p.fromOn)
        errors.append({CoBuildingField::toOn, QCoreApplication::translate(
                                                  "CoBuildingService", "The last day is before the first.")});
    return errors;
}

FieldErrors CoBuildingService::checkResource(const CogovResource& input) const
{
    const CogovResource r = trimmedResource(input);
    FieldErrors errors;
    if (committeeOfUnit(r.unitId) == 0)
        errors.append({CoBuildingField::unit,
                       QCoreApplication::translate("CoBuildingService", "Choose the unit that offers it.")});
    if (r.title.isEmpty())
        errors.append({CoBuildingField::title,
                       QCoreApplication::translate("CoBuildingService", "Enter what the unit offers.")});
    if (!r.offeredOn.isValid())
        errors.append({CoBuildingField::offeredOn,
                       QCoreApplication::translate("CoBuildingService", "Enter the day it was offered.")});
    else if (r.offeredOn > m_clock.today())
        errors.append(
            {CoBuildingField::offeredOn,
             QCoreApplication::translate("CoBuildingService", "The day it was offered is in the future.")});
    if (r.withdrawnOn.isValid() && r.offeredOn.isValid() && r.withdrawnOn < r.offeredOn)
        errors.append(
            {CoBuildingField::withdrawnOn,
             QCoreApplication::translate("CoBuildingService", "It is withdrawn before it was offered.")});
    return errors;
}

ServiceResult CoBuildingService::savePerson(const UnitPerson& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const UnitPerson p = trimmedPerson(input);
    if (const FieldErrors errors = checkPerson(p); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    const UnitPerson before = p.id > 0 ? unitPerson(m_db, p.id) : UnitPerson();
    if (p.id > 0 && before.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("CoBuildingService", "The person no longer exists."));
    return ServiceResult::fromWrite(inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(p.id > 0
                      ? QStringLiteral("UPDATE unit_person SET unit_id = ?, name = ?, position = ?, "
                                       "committee_role = ?, phone = ?, from_on = ?, to_on = ? WHERE id = ?")
                      : QStringLiteral("INSERT INTO unit_person (unit_id, name, position, committee_role, "
                                       "phone, from_on, to_on) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(
            q, {p.unitId, p.name, p.position, p.committeeRole, p.phone, sqlDate(p.fromOn), sqlDate(p.toOn)});
        if (p.id > 0)
            q.addBindValue(p.id);
        if (QString error = run(q); !error.isEmpty())
            return error;
        *id = p.id > 0 ? p.id : returnedId(q);
        return m_audit.recordChange(QStringLiteral("unit_person.save"),
                                    QStringLiteral("unit_person %1 %2").arg(*id).arg(p.name),
                                    changesOf(fieldsOf(before), fieldsOf(p)))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

ServiceResult CoBuildingService::removePerson(qint64 personId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const UnitPerson before = unitPerson(m_db, personId);
    if (before.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("CoBuildingService", "The person no longer exists."));
    return ServiceResult::fromWrite(inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM unit_person WHERE id = ?"));
        q.addBindValue(personId);
        if (QString error = run(q); !error.isEmpty())
            return error;
        *id = personId;
        return m_audit.recordChange(QStringLiteral("unit_person.delete"),
                                    QStringLiteral("unit_person %1 %2").arg(personId).arg(before.name),
                                    changesOf(fieldsOf(before), fieldsOf(UnitPerson())))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

FieldErrors CoBuildingService::checkNeed(const CogovNeed& n) const
{
    FieldErrors errors;
    const QDate today = m_clock.today();
    if (!isCommittee(n.committeeId))
        errors.append(
            {CoBuildingField::committee,
             QCoreApplication::translate("CoBuildingService", "Choose a community committee for the need.")});
    if (n.title.trimmed().isEmpty())
        errors.append({CoBuildingField::title,
                       QCoreApplication::translate("CoBuildingService", "Enter what is needed.")});
    if (!n.raisedOn.isValid())
        errors.append(
            {CoBuildingField::raisedOn,
             QCoreApplication::translate("CoBuildingService", "Enter the day the need was raised.")});
    else if (n.raisedOn > today)
        errors.append({CoBuildingField::raisedOn,
                       QCoreApplication::translate("CoBuildingService",
                                                   "The day the need was raised is in the future.")});
    if (!needStatuses().contains(n.status))
        errors.append({CoBuildingField::status,
                       QCoreApplication::translate("CoBuildingService", "Choose the need's status.")});
    const bool closed = n.status == NeedStatus::met || n.status == NeedStatus::dropped;
    if (closed && !n.closedOn.isValid())
        errors.append(
            {CoBuildingField::closedOn,
             QCoreApplication::translate("CoBuildingService", "Enter the day the need was met or dropped.")});
    else if (closed && n.raisedOn.isValid() && n.closedOn < n.raisedOn)
        errors.append(
            {CoBuildingField::closedOn,
             QCoreApplication::translate("CoBuildingService", "The need is closed before it was raised.")});
    else if (closed && n.closedOn > today)
        errors.append(
            {CoBuildingField::closedOn,
             QCoreApplication::translate("CoBuildingService", "The closing day is in the future.")});
    if (n.gridId > 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM grid WHERE id = ? AND community_id = ?"));
        bindValues(q, {n.gridId, n.committeeId});
        if (!execRead(q) || !q.next())
            errors.append({CoBuildingField::grid,
                           QCoreApplication::translate("CoBuildingService",
                                                       "The grid is not one of the community's.")});
    }
    return errors;
}

ServiceResult CoBuildingService::saveNeed(const CogovNeed& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    CogovNeed n = input;
    for (QString* text : {&n.title, &n.category, &n.detail, &n.source, &n.notes})
        *text = text->trimmed();
    const CogovNeed before = n.id > 0 ? cogovNeed(m_db, n.id) : CogovNeed();
    if (n.id > 0 && before.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("CoBuildingService", "The need no longer exists."));
    // Whether a project takes it on decides between open and matched.
    if (n.status == NeedStatus::open || n.status == NeedStatus::matched)
        n.status = before.projectIds.isEmpty() ? NeedStatus::open : NeedStatus::matched;
    if (n.status == NeedStatus::open || n.status == NeedStatus::matched)
        n.closedOn = QDate();
    if (const FieldErrors errors = checkNeed(n); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    return ServiceResult::fromWrite(inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(
            n.id > 0
                ? QStringLiteral("UPDATE cogov_need SET committee_id = ?, title = ?, category = ?, "
                                 "detail = ?, source = ?, grid_id = ?, raised_on = ?, status = ?, "
                                 "closed_on = ?, notes = ? WHERE id = ?")
                : QStringLiteral("INSERT INTO cogov_need (committee_id, title, category, detail, source, "
                                 "grid_id, raised_on, status, closed_on, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {n.committeeId, n.title, n.category, n.detail, n.source, sqlId(n.gridId),
                       sqlDate(n.raisedOn), n.status, sqlDate(n.closedOn), n.notes});
        if (n.id > 0)
            q.addBindValue(n.id);
        if (QString error = run(q); !error.isEmpty())
            return error;
        *id = n.id > 0 ? n.id : returnedId(q);
        return m_audit.recordChange(QStringLiteral("cogov_need.save"),
                                    QStringLiteral("cogov_need %1 %2").arg(*id).arg(n.title),
                                    changesOf(fieldsOf(before), fieldsOf(n)))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

ServiceResult CoBuildingService::saveResource(const CogovResource& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const CogovResource r = trimmedResource(input);
    if (const FieldErrors errors = checkResource(r); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    const CogovResource before = r.id > 0 ? cogovResource(m_db, r.id) : CogovResource();
    if (r.id > 0 && before.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("CoBuildingService", "The resource no longer exists."));
    if (r.id > 0 && !before.projectIds.isEmpty() && committeeOfUnit(r.unitId) != before.committeeId)
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "CoBuildingService", "Projects of another community use the resource: keep it with a unit of "
                                     "its community."),
            CoBuildingField::unit);
    return ServiceResult::fromWrite(inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(r.id > 0
                      ? QStringLiteral("UPDATE cogov_resource SET unit_id = ?, title = ?, category = ?, "
                                       "detail = ?, offered_on = ?, withdrawn_on = ?, notes = ? WHERE id = ?")
                      : QStringLiteral(
                            "INSERT INTO cogov_resource (unit_id, title, category, detail, "
                            "offered_on, withdrawn_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {r.unitId, r.title, r.category, r.detail, sqlDate(r.offeredOn), sqlDate(r.withdrawnOn),
                       r.notes});
        if (r.id > 0)
            q.addBindValue(r.id);
        if (QString error = run(q); !error.isEmpty())
            return error;
        *id = r.id > 0 ? r.id : returnedId(q);
        return m_audit.recordChange(QStringLiteral("cogov_resource.save"),
                                    QStringLiteral("cogov_resource %1 %2").arg(*id).arg(r.title),
                                    changesOf(fieldsOf(before), fieldsOf(r)))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

FieldErrors CoBuildingService::checkProject(const CogovProject& p) const
{
    FieldErrors errors;
    const QDate today = m_clock.today();
    if (!isCommittee(p.committeeId))
        errors.append({CoBuildingField::committee,
                       QCoreApplication::translate("CoBuildingService",
                                                   "Choose a community committee for the project.")});
    if (p.title.trimmed().isEmpty())
        errors.append({CoBuildingField::title,
                       QCoreApplication::translate("CoBuildingService", "Enter the project's title.")});
    if (p.budget < 0)
        errors.append({CoBuildingField::budget,
                       QCoreApplication::translate("CoBuildingService", "The budget cannot be negative.")});
    if (p.leadUnitId > 0 && committeeOfUnit(p.leadUnitId) != p.committeeId)
        errors.append(
            {CoBuildingField::leadUnit,
             QCoreApplication::translate("CoBuildingService",
                                         "The lead unit is not a co-building unit of this community.")});
    for (qint64 unit : p.unitIds)
        if (committeeOfUnit(unit) != p.committeeId) {
            errors.append({CoBuildingField::links,
                           QCoreApplication::translate(
                               "CoBuildingService", "A unit taking part is not one of this community's.")});
            break;
        }
    if (p.startsOn.isValid() && p.dueOn.isValid() && p.dueOn < p.startsOn)
        errors.append(
            {CoBuildingField::dueOn,
             QCoreApplication::translate("CoBuildingService", "The project is due before it starts.")});
    if (!projectStatuses().contains(p.status))
        errors.append({CoBuildingField::status,
                       QCoreApplication::translate("CoBuildingService", "Choose the project's status.")});
    const bool ended = p.status == ProjectStatus::done || p.status == ProjectStatus::dropped;
    if (p.status == ProjectStatus::done && !p.finishedOn.isValid())
        errors.append(
            {CoBuildingField::finishedOn,
             QCoreApplication::translate("CoBuildingService", "Enter the day the project was finished.")});
    else if (!ended && p.finishedOn.isValid())
        errors.append(
            {CoBuildingField::finishedOn,
             QCoreApplication::translate(
                 "CoBuildingService",
                 "Only a done or dropped project has a finishing day: change its status or clear the day.")});
    else if (p.finishedOn.isValid() && p.startsOn.isValid() && p.finishedOn < p.startsOn)
        errors.append(
            {CoBuildingField::finishedOn,
             QCoreApplication::translate("CoBuildingService", "The project is finished before it starts.")});
    else if (p.finishedOn.isValid() && p.finishedOn > today)
        errors.append(
            {CoBuildingField::finishedOn,
             QCoreApplication::translate("CoBuildingService", "The finishing day is in the future.")});
    if (p.status == ProjectStatus::done && p.results.trimmed().isEmpty())
        errors.append({CoBuildingField::results,
                       QCoreApplication::translate("CoBuildingService",
                                                   "Describe the results of the finished project.")});
    // Needs and resources of the same committee only.
    auto count = [&](const QString& sql, const QList<qint64>& list) {
        QSqlQuery q(m_db);
        q.prepare(sql.arg(ids(list)));
        q.addBindValue(p.committeeId);
        return execRead(q) && q.next() ? q.value(0).toInt() : -1;
    };
    if (!p.needIds.isEmpty() &&
        count(QStringLiteral("SELECT count(*) FROM cogov_need WHERE id IN (%1) AND committee_id = ?"),
              p.needIds) != QSet<qint64>(p.needIds.begin(), p.needIds.end()).size())
        errors.append(
            {CoBuildingField::links,
             QCoreApplication::translate("CoBuildingService", "A need is not on this community's list.")});
    if (!p.resourceIds.isEmpty() &&
        count(QStringLiteral(
                  "SELECT count(*) FROM cogov_resource r JOIN co_building_unit u ON u.id = r.unit_id "
                  "WHERE r.id IN (%1) AND u.committee_id = ?"),
              p.resourceIds) != QSet<qint64>(p.resourceIds.begin(), p.resourceIds.end()).size())
        errors.append({CoBuildingField::links,
                       QCoreApplication::translate("CoBuildingService",
                                                   "A resource is not one of this community's units'.")});
    return errors;
}

ServiceResult CoBuildingService::saveProject(const CogovProject& input)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    CogovProject p = input;
    for (QString* text : {&p.title, &p.category, &p.leadPerson, &p.results, &p.notes})
        *text = text->trimmed();
    if (p.leadUnitId > 0 && !p.unitIds.contains(p.leadUnitId))
        p.unitIds.prepend(p.leadUnitId);
    for (QList<qint64>* list : {&p.unitIds, &p.needIds, &p.resourceIds}) {
        list->removeAll(0);
        const QSet<qint64> unique(list->begin(), list->end());
        *list = QList<qint64>(unique.begin(), unique.end());
        std::sort(list->begin(), list->end());
    }
    if (const FieldErrors errors = checkProject(p); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    const CogovProject before = p.id > 0 ? cogovProject(m_db, p.id) : CogovProject();
    if (p.id > 0 && before.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("CoBuildingService", "The project no longer exists."));
    return ServiceResult::fromWrite(inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(
            p.id > 0
                ? QStringLiteral("UPDATE cogov_project SET committee_id = ?, title = ?, category = ?, "
                                 "lead_unit_id = ?, lead_person = ?, budget = ?, starts_on = ?, due_on = ?, "
                                 "finished_on = ?, status = ?, results = ?, notes = ? WHERE id = ?")
                : QStringLiteral("INSERT INTO cogov_project (committee_id, title, category, lead_unit_id, "
                                 "lead_person, budget, starts_on, due_on, finished_on, status, results, "
                                 "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {p.committeeId, p.title, p.category, sqlId(p.leadUnitId), p.leadPerson, p.budget,
                       sqlDate(p.startsOn), sqlDate(p.dueOn), sqlDate(p.finishedOn), p.status, p.results,
                       p.notes});
        if (p.id > 0)
            q.addBindValue(p.id);
        if (QString error = run(q); !error.isEmpty())
            return error;
        *id = p.id > 0 ? p.id : returnedId(q);
        const struct
        {
            const char* table;
            const char* column;
            const QList<qint64>* ids;
        } links[] = {{"cogov_project_unit", "unit_id", &p.unitIds},
                     {"cogov_project_need", "need_id", &p.needIds},
                     {"cogov_project_resource", "resource_id", &p.resourceIds}};
        for (const auto& link : links) {
            QSqlQuery clear(m_db);
            clear.prepare(
                QStringLiteral("DELETE FROM %1 WHERE project_id = ?").arg(QLatin1String(link.table)));
            clear.addBindValue(*id);
            if (QString error = run(clear); !error.isEmpty())
                return error;
            QSqlQuery add(m_db);
            add.prepare(QStringLiteral("INSERT INTO %1 (project_id, %2) VALUES (?, ?)")
                            .arg(QLatin1String(link.table), QLatin1String(link.column)));
            for (qint64 other : *link.ids) {
                bindValues(add, {*id, other});
                if (QString error = run(add); !error.isEmpty())
                    return error;
            }
        }
        // Needs follow their projects: linked open needs are matched; a matched need without a
        // project is open again; a done project's matched needs are met on its finishing day.
        QSqlQuery follow(m_db);
        for (const QString& sql :
             {QStringLiteral("UPDATE cogov_need SET status = 'matched' WHERE status = 'open' AND id IN "
                             "(SELECT need_id FROM cogov_project_need)"),
              QStringLiteral("UPDATE cogov_need SET status = 'open' WHERE status = 'matched' AND id NOT IN "
                             "(SELECT need_id FROM cogov_project_need)")}) {
            if (!follow.exec(sql + QStringLiteral(" AND committee_id = %1").arg(p.committeeId)))
                return follow.lastError().text();
        }
        if (p.status == ProjectStatus::done && before.status != ProjectStatus::done) {
            follow.prepare(
                QStringLiteral("UPDATE cogov_need SET status = 'met', closed_on = ? WHERE status = 'matched' "
                               "AND id IN (SELECT need_id FROM cogov_project_need WHERE project_id = ?)"));
            bindValues(follow, {sqlDate(p.finishedOn), *id});
            if (QString error = run(follow); !error.isEmpty())
                return error;
        }
        return m_audit.recordChange(QStringLiteral("cogov_project.save"),
                                    QStringLiteral("cogov_project %1 %2").arg(*id).arg(p.title),
                                    changesOf(fieldsOf(before), fieldsOf(p)))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    }));
}

} // namespace partydesk
