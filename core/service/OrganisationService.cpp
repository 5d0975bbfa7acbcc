#include "OrganisationService.h"

#include "domain/Validation.h"
#include "repository/AuditLog.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "security/ChangeList.h"
#include "security/Session.h"
#include "storage/WriteGate.h"
#include "WriteRefusal.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

Organisation trimmed(Organisation org)
{
    for (QString* text : {&org.name, &org.secretary, &org.deputySecretary, &org.committee, &org.address})
        *text = text->trimmed();
    return org;
}

Grid trimmed(Grid grid)
{
    for (QString* text : {&grid.code, &grid.name, &grid.buildings, &grid.gridHead, &grid.streetHead,
                          &grid.laneHead, &grid.buildingHead, &grid.unitHead})
        *text = text->trimmed();
    return grid;
}

CoBuildingUnit trimmedUnit(CoBuildingUnit unit)
{
    for (QString* text : {&unit.name, &unit.kind, &unit.contactPerson, &unit.phone})
        *text = text->trimmed();
    return unit;
}

} // namespace

template <typename Write>
ServiceResult OrganisationService::writeWithAudit(const QString& action, Write write)
{
    QSqlDatabase db = m_organisations.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const WriteResult saved = write();
        if (!saved.ok())
            return saved.error;
        *id = saved.id;
        return m_audit.record(action, QString::number(saved.id))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

FieldErrors OrganisationService::checkOrganisation(const Organisation& input) const
{
    const Organisation org = trimmed(input);
    std::optional<OrgType> parentType;
    if (org.parentId > 0) {
        const Organisation parent = m_organisations.get(org.parentId);
        if (parent.id == 0)
            return {
                {OrgField::parent, QCoreApplication::translate("OrganisationService",
                                                               "The organisation above no longer exists.")}};
        parentType = parent.type;
    }
    return validateOrganisation(org, parentType ? &*parentType : nullptr, m_clock);
}

ServiceResult OrganisationService::saveOrganisation(const Organisation& input)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const Organisation org = trimmed(input);
    if (const FieldErrors errors = checkOrganisation(org); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    // The entry names the fields changed, old → new.
    const Organisation before = org.id > 0 ? m_organisations.get(org.id) : Organisation();
    QSqlDatabase db = m_organisations.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        const WriteResult saved = m_organisations.save(org);
        if (!saved.ok())
            return saved.error;
        *id = saved.id;
        Organisation after = org;
        after.id = saved.id;
        return m_audit.recordChange(QStringLiteral("organisation.save"),
                                    QStringLiteral("organisation %1 %2").arg(saved.id).arg(org.name),
                                    ChangeList::ofOrganisation(before, after))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the change");
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult OrganisationService::saveOrganisationWithin(const Organisation& input)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const Organisation org = trimmed(input);
    if (const FieldErrors errors = checkOrganisation(org); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    return ServiceResult::fromWrite(m_organisations.save(org));
}

FieldErrors OrganisationService::checkGrid(const Grid& input) const
{
    bool duplicate = false;
    return checkTrimmedGrid(trimmed(input), &duplicate);
}

FieldErrors OrganisationService::checkTrimmedGrid(const Grid& grid, bool* duplicateCode) const
{
    FieldErrors errors = validateGrid(grid);
    *duplicateCode = false;
    if (messageFor(errors, GridField::code).isEmpty())
        for (const Grid& other : m_organisations.grids(grid.communityId))
            *duplicateCode = *duplicateCode || (other.id != grid.id && other.code == grid.code);
    if (*duplicateCode)
        errors.append({GridField::code,
                       QCoreApplication::translate("OrganisationService",
                                                   "The community already has a grid with the code %1.")
                           .arg(grid.code)});
    return errors;
}

ServiceResult OrganisationService::saveGrid(const Grid& input)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const Grid grid = trimmed(input);
    bool duplicateCode = false;
    if (const FieldErrors errors = checkTrimmedGrid(grid, &duplicateCode); !errors.isEmpty()) {
        ServiceResult result = ServiceResult::invalid(errors);
        if (duplicateCode)
            result.kind = ServiceResult::Kind::Conflict;
        return result;
    }
    return writeWithAudit(QStringLiteral("grid.save"), [&] { return m_organisations.saveGrid(grid); });
}

FieldErrors OrganisationService::checkCoBuildingUnit(const CoBuildingUnit& unit) const
{
    return validateCoBuildingUnit(trimmedUnit(unit), m_clock);
}

ServiceResult OrganisationService::saveCoBuildingUnit(const CoBuildingUnit& input)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const CoBuildingUnit unit = trimmedUnit(input);
    if (const FieldErrors errors = checkCoBuildingUnit(unit); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    return writeWithAudit(QStringLiteral("cobuilding.save"),
                          [&] { return m_organisations.saveCoBuildingUnit(unit); });
}

namespace {

SnapshotScope organisationScope(bool whole)
{
    SnapshotScope scope;
    scope.wholeRecord = whole;
    if (whole)
        scope.owned = {
            {QStringLiteral("grid"), QStringLiteral("community_id"), QStringLiteral("organisation")},
            {QStringLiteral("co_building_unit"), QStringLiteral("committee_id"),
             QStringLiteral("organisation")},
            {QStringLiteral("import_batch_organisation"), QStringLiteral("org_id"),
             QStringLiteral("organisation")}};
    return scope;
}

// What keeps an organisation from being deleted, in words.
QString describeBlocker(const RowBlocker& blocker)
{
    if (blocker.table == QLatin1String("organisation"))
        return QCoreApplication::translate("OrganisationService", "%n organisation(s) below it", nullptr,
                                           blocker.rows);
    if (blocker.table == QLatin1String("member"))
        return QCoreApplication::translate(
            "OrganisationService", "%n member record(s), members who left included", nullptr, blocker.rows);
    if (blocker.table == QLatin1String("meeting"))
        return QCoreApplication::translate("OrganisationService", "%n meeting record(s)", nullptr,
                                           blocker.rows);
    if (blocker.table == QLatin1String("rating_session_org") ||
        blocker.table == QLatin1String("rectification"))
        return QCoreApplication::translate("OrganisationService", "%n star-rating record(s)", nullptr,
                                           blocker.rows);
    return QCoreApplication::translate("OrganisationService", "%n other record(s) (%1)", nullptr,
                                       blocker.rows)
        .arg(blocker.table);
}

QString blockedDeletion(const QString& name, const QList<RowBlocker>& blockers)
{
    QStringList what;
    for (const RowBlocker& blocker : blockers)
        what << describeBlocker(blocker);
    return QCoreApplication::translate("OrganisationService",
                                       "%1 cannot be deleted: it has %2. Deleting is for an organisation "
                                       "entered by mistake; move or delete these first.")
        .arg(name, what.join(QCoreApplication::translate("OrganisationService", ", ")));
}

const char* const auditFailed = "audit_log: could not record the change";

} // namespace

RowSnapshot OrganisationService::record(qint64 orgId, bool whole) const
{
    return RowSnapshots(m_organisations.database())
        .capture(QStringLiteral("organisation"), orgId, organisationScope(whole));
}

RowSnapshot OrganisationService::partRecord(const QString& table, qint64 id) const
{
    return RowSnapshots(m_organisations.database()).capture(table, id, SnapshotScope());
}

ServiceResult OrganisationService::deleteOrganisation(qint64 orgId, RowSnapshot* removed)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const Organisation org = m_organisations.get(orgId);
    if (org.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("OrganisationService", "The organisation no longer exists."));
    RowSnapshots snapshots(m_organisations.database());
    ServiceResult refusal;
    RowSnapshot taken;
    QSqlDatabase db = m_organisations.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = orgId;
        QList<RowBlocker> blockers;
        taken = snapshots.capture(QStringLiteral("organisation"), orgId, organisationScope(true), &blockers);
        if (!blockers.isEmpty()) {
            refusal = ServiceResult::refused(blockedDeletion(org.name, blockers));
            return QStringLiteral("refused");
        }
        if (const QString e = snapshots.apply(taken, RowSnapshot()); !e.isEmpty())
            return e;
        return m_audit.record(QStringLiteral("organisation.delete"),
                              QStringLiteral("%1 %2").arg(orgId).arg(org.name))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    if (refusal.kind != ServiceResult::Kind::Ok)
        return refusal;
    if (written.ok() && removed)
        *removed = taken;
    return ServiceResult::fromWrite(written);
}

ServiceResult OrganisationService::restoreRecord(const RowSnapshot& expected, const RowSnapshot& wanted)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditOrganisations);
        !why.isEmpty())
        return ServiceResult::refused(why);
    const RowSnapshot& known = wanted.isEmpty() ? expected : wanted;
    if (known.isEmpty())
        return ServiceResult::success();
    const qint64 orgId = known.rootId;
    const QString name = known.rootValue(QStringLiteral("name")).toString();
    RowSnapshots snapshots(m_organisations.database());
    ServiceResult refusal;
    const auto refuse = [&](const QString& message) {
        refusal = ServiceResult::conflict(message);
        return QStringLiteral("refused");
    };
    QSqlDatabase db = m_organisations.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = orgId;
        QList<RowBlocker> blockers;
        const RowSnapshot current =
            snapshots.capture(known.rootTable, orgId, known.scope, wanted.isEmpty() ? &blockers : nullptr);
        if (!blockers.isEmpty()) {
            refusal = ServiceResult::refused(blockedDeletion(name, blockers));
            return QStringLiteral("refused");
        }
        if (expected.isEmpty() ? !current.isEmpty() || !snapshots.takenKeys(wanted).isEmpty()
                               : !current.sameRowsAs(expected))
            return refuse(expected.isEmpty()
                              ? QCoreApplication::translate(
                                    "OrganisationService",
                                    "%1 cannot be put back: records saved since have taken its place.")
                                    .arg(name)
                              : QCoreApplication::translate(
                                    "OrganisationService", "%1 was changed since; this step can no longer be "
                                                           "undone or redone.")
                                    .arg(name));
        if (!wanted.isEmpty()) {
            const QVariant parent = wanted.rootValue(QStringLiteral("parent_id"));
            if (!parent.isNull() && !snapshots.exists(QStringLiteral("organisation"), parent.toLongLong()))
                return refuse(
                    QCoreApplication::translate("OrganisationService",
                                                "%1 cannot be put back: the organisation above it no "
                                                "longer exists.")
                        .arg(name));
        }
        if (const QString e = snapshots.apply(current, wanted); !e.isEmpty())
            return e;
        const QString kind = known.rootTable == QLatin1String("grid") ? QStringLiteral("grid")
                             : known.rootTable == QLatin1String("co_building_unit")
                                 ? QStringLiteral("cobuilding")
                                 : QStringLiteral("organisation");
        const QString action = kind + (wanted.isEmpty()     ? QStringLiteral(".delete")
                                       : expected.isEmpty() ? QStringLiteral(".restore")
                                                            : QStringLiteral(".revert"));
        return m_audit.record(action, QStringLiteral("%1 %2").arg(orgId).arg(name))
                   ? QString()
                   : QString::fromLatin1(auditFailed);
    });
    if (refusal.kind != ServiceResult::Kind::Ok)
        return refusal;
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
