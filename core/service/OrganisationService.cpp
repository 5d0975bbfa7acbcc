#include "OrganisationService.h"

#include "domain/Validation.h"
#include "repository/AuditLog.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "security/ChangeList.h"
#include "security/Session.h"
#include "storage/WriteGate.h"

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
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditOrganisations); !why.isEmpty())
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
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditOrganisations); !why.isEmpty())
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
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditOrganisations); !why.isEmpty())
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

ServiceResult OrganisationService::saveCoBuildingUnit(const CoBuildingUnit& input)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditOrganisations); !why.isEmpty())
        return ServiceResult::refused(why);
    CoBuildingUnit unit = input;
    for (QString* text : {&unit.name, &unit.kind, &unit.contactPerson, &unit.phone})
        *text = text->trimmed();
    if (const FieldErrors errors = validateCoBuildingUnit(unit, m_clock); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    return writeWithAudit(QStringLiteral("cobuilding.save"),
                          [&] { return m_organisations.saveCoBuildingUnit(unit); });
}

} // namespace partydesk
