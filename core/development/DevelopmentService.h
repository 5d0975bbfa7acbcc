#pragma once

#include "DevelopmentRepository.h"
#include "DevelopmentSteps.h"
#include "service/ServiceResult.h"

namespace partydesk {

class AuditLog;
class Clock;
class MemberRepository;
class MemberService;
class WriteGate;
class Workspace;

// The one way the development pipeline is written: a person's record (contacts, dates, documents,
// notes), the step to the next stage through the rules (DevelopmentSteps) and the yearly plan.
// Each write asks the gate and the session, runs in one transaction and leaves an audit entry.
class DevelopmentService
{
public:
    DevelopmentService(QSqlDatabase db, MemberRepository& members, MemberService& memberService,
                       AuditLog& audit, const Clock& clock, const WriteGate& gate);

    DevelopmentRepository& repository() { return m_repository; }
    const DevelopmentRepository& repository() const { return m_repository; }

    // Saves the record as given (documents included): refused with the problems named when its
    // dates break a rule or lie in the future.
    ServiceResult saveRecord(const DevelopmentRecord& record);
    // Saves the record and moves the person to the next stage on `on` (the date of the branch's
    // decision), in one transaction: the member's status and stage date through
    // MemberService::save (a dated history event), the record, and an audit entry. Refused,
    // with nothing written, when an item is missing; the message names every missing item.
    ServiceResult advance(const DevelopmentRecord& record, QDate on);

    ServiceResult savePlan(const DevelopmentPlan& plan);

private:
    QStringList recordDateProblems(const DevelopmentRecord& record) const;
    // Why a person's record cannot be written now (no right, a read-only file, the member gone), or
    // none; `person` receives the person.
    std::optional<ServiceResult> checkWrite(qint64 memberId, DevelopmentPerson* person) const;

    DevelopmentRepository m_repository;
    MemberRepository& m_members;
    MemberService& m_memberService;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// A service over the workspace's connection and services (until the workspace holds one).
DevelopmentService developmentService(Workspace& workspace);

} // namespace partydesk
