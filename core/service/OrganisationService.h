#pragma once

#include "domain/Clock.h"
#include "domain/Organisation.h"
#include "repository/RowSnapshot.h"
#include "ServiceResult.h"

namespace partydesk {

class AuditLog;
class OrganisationRepository;
class WriteGate;

// The one way organisations, grids and co-building units are written: names trimmed, the rules of
// the tree and of terms checked, a grid code unique in its community, an audit entry, one
// transaction. Forms and importers only map `errors` to their fields.
class OrganisationService
{
public:
    OrganisationService(OrganisationRepository& organisations, AuditLog& audit, const Clock& clock,
                        const WriteGate& gate)
        : m_organisations(organisations), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }

    FieldErrors checkOrganisation(const Organisation& org) const;
    ServiceResult saveOrganisation(const Organisation& org);
    // For importers, inside the caller's transaction: the same rules, no audit entry of its own.
    ServiceResult saveOrganisationWithin(const Organisation& org);
    FieldErrors checkGrid(const Grid& grid) const;
    ServiceResult saveGrid(const Grid& grid);
    // Every field's problem in a co-building unit (names trimmed first), without writing: the form
    // shows them as fields are left; saveCoBuildingUnit applies the same check.
    FieldErrors checkCoBuildingUnit(const CoBuildingUnit& unit) const;
    ServiceResult saveCoBuildingUnit(const CoBuildingUnit& unit);

    // Undo (ui/undo). The organisation as it is now: `whole`, with its grids and co-building units
    // (which go with it when it is deleted) and the references to its grids; otherwise its own row
    // (what an edit changes). Empty when there is no such organisation.
    RowSnapshot record(qint64 orgId, bool whole) const;
    // A grid ("grid") or co-building unit ("co_building_unit") as it is now, with the references to
    // it (a grid's members and organisations), so that its save can be undone.
    RowSnapshot partRecord(const QString& table, qint64 id) const;
    // Deletes an organisation entered by mistake, with its grids and co-building units, in one
    // transaction, audited; `removed` receives every row for an exact undo. Refused, naming what is
    // there, while organisations below it, member records (members who left included), meetings or
    // star-rating records refer to it.
    ServiceResult deleteOrganisation(qint64 orgId, RowSnapshot* removed);
    // Undo and redo: makes the record of an organisation, grid or co-building unit `wanted` (empty:
    // deleted) again, with the same ids, provided it is still exactly `expected` (empty: not there).
    ServiceResult restoreRecord(const RowSnapshot& expected, const RowSnapshot& wanted);

private:
    FieldErrors checkTrimmedGrid(const Grid& grid, bool* duplicateCode) const;
    template <typename Write> ServiceResult writeWithAudit(const QString& action, Write write);

    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

} // namespace partydesk
