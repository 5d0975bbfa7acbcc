#pragma once

#include "CoBuildingRecords.h"
#include "domain/Clock.h"
#include "service/ServiceResult.h"

#include <QSqlDatabase>

namespace partydesk {

class AuditLog;
class WriteGate;
class Workspace;

// The one way the big committee's three lists and its units' people are written
// (Permission::EditOrganisations; each write one transaction with its audit entry). Decisions:
//  - a need is raised on a day not in the future; met or dropped needs a closing day (not before it
//    was raised); a need that a project takes on is 'matched' (an open need linked to a project
//    becomes matched, a matched need left by its last project is open again);
//  - a resource belongs to a unit; withdrawn not before it was offered;
//  - a project's lead unit, units, needs and resources belong to its own committee; the lead unit
//    takes part; starts ≤ due ≤ …, finished not before it started; done needs the finishing day
//    and its results; only a done or dropped project has a finishing day;
//  - a project marked done marks its matched needs met on its finishing day (a need is met when the
//    project that took it on is done; the clerk can reopen one by editing the need).
class CoBuildingService
{
public:
    CoBuildingService(QSqlDatabase db, AuditLog& audit, const Clock& clock, const WriteGate& gate)
        : m_db(db), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }
    explicit CoBuildingService(Workspace& workspace);

    ServiceResult savePerson(const UnitPerson& person);
    ServiceResult removePerson(qint64 personId);
    ServiceResult saveNeed(const CogovNeed& need);
    ServiceResult saveResource(const CogovResource& resource);
    ServiceResult saveProject(const CogovProject& project);

    // Every field's problem without writing (forms show them beside fields).
    FieldErrors checkPerson(const UnitPerson& person) const;
    FieldErrors checkNeed(const CogovNeed& need) const;
    FieldErrors checkResource(const CogovResource& resource) const;
    FieldErrors checkProject(const CogovProject& project) const;

private:
    QString refusal() const;
    qint64 committeeOfUnit(qint64 unitId) const;
    bool isCommittee(qint64 orgId) const;

    QSqlDatabase m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

} // namespace partydesk
