#pragma once

#include "AppraisalRepository.h"
#include "domain/Clock.h"
#include "service/ServiceResult.h"

namespace partydesk {

class AuditLog;
class WriteGate;
class Workspace;

// Every rule of 民主评议党员 that a write obeys, in one place. Each write needs the EditMembers
// permission, runs in one transaction with its audit entry, and is refused once the session is
// finished (until it is reopened with a reason).
//
// Rules:
//  - one session per branch and year, held on a day of that year or of the next (often January);
//  - those rated are the branch's Party members on the roster on that day (ExpectedMembers.h), not
//    in-service or floating-in members (appraised where they are registered);
//  - at most cap of those rated are 优秀, exactly: excellent × denominator ≤ numerator × rated;
//  - 不合格 needs a handling note;
//  - votes, when kept, are not negative; the mutual appraisal's votes for one member are cast by
//    the members of the session, so they add up to at most the number rated (the masses' opinion
//    has no such bound: the people asked are not on the roster);
//  - finishing needs every member rated and the day held reached; it writes each result into the
//    member's history (member_event "appraisal"); reopening removes those events again.
class AppraisalService
{
public:
    AppraisalService(AppraisalRepository& repository, AuditLog& audit, const Clock& clock,
                     const WriteGate& gate)
        : m_repository(repository), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }

    static const char* capSettingKey() { return "appraisal.excellent_cap"; }
    // The workspace's cap for new sessions: the setting, or 1/3.
    AppraisalCap defaultCap() const;
    ServiceResult setDefaultCap(const AppraisalCap& cap);

    // Opens the branch's session of `year` held on `heldOn` with the members to rate; the cap is
    // the workspace's unless given. The result's id is the session's.
    ServiceResult openSession(qint64 orgId, int year, QDate heldOn, std::optional<AppraisalCap> cap = {});
    // A new day (the members rated follow it: those added are unrated, those no longer on the
    // roster that day are dropped unless already graded, which is refused), cap or notes.
    ServiceResult updateSession(qint64 sessionId, QDate heldOn, const AppraisalCap& cap,
                                const QString& notes);
    // Records one member's grade, self grade, votes, handling and note.
    ServiceResult setEntry(qint64 sessionId, const AppraisalEntry& entry);
    ServiceResult finish(qint64 sessionId);
    ServiceResult reopen(qint64 sessionId, const QString& reason);

    AppraisalRepository& repository() { return m_repository; }

private:
    // The session when it may be written to, or why not (id: the session's).
    ServiceResult editable(qint64 sessionId, AppraisalSession* session) const;
    QString refusal() const;
    // Why the day does not suit a session of `year`, or an empty string.
    QString dayProblem(int year, QDate heldOn) const;
    // Brings the members rated in line with the day; the error text, or an empty string.
    ServiceResult syncMembers(const AppraisalSession& session);

    AppraisalRepository& m_repository;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// The repository and the service over a workspace, for pages and commands (until Workspace holds them).
class Appraisal
{
public:
    explicit Appraisal(Workspace& workspace);
    AppraisalRepository& repository() { return m_repository; }
    const AppraisalRepository& repository() const { return m_repository; }
    AppraisalService& service() { return m_service; }

private:
    AppraisalRepository m_repository;
    AppraisalService m_service;
};

} // namespace partydesk
