#pragma once

#include "domain/Clock.h"
#include "import/RosterImportPlanner.h"
#include "meetings/MeetingRepository.h"
#include "rating/RatingRepository.h"
#include "rating/RatingService.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/OrganisationRepository.h"
#include "security/SecurityService.h"
#include "security/Session.h"
#include "service/MemberService.h"
#include "service/OrganisationService.h"
#include "service/RosterImportService.h"
#include "storage/Database.h"
#include "storage/WriteGate.h"

#include <QSqlDatabase>

namespace partydesk {

// One open workspace file and the repositories over it; pages receive it by reference.
class Workspace
{
public:
    Workspace(QSqlDatabase db, const Clock& clock)
        : m_db(db), m_clock(clock), m_organisations(db, &m_gate), m_members(db, clock, &m_gate),
          m_ratings(db, &m_gate), m_meetings(db, &m_gate), m_audit(db),
          m_ratingService(m_ratings, m_organisations, m_audit, clock),
          m_memberService(m_members, m_audit, clock, m_gate),
          m_organisationService(m_organisations, m_audit, clock, m_gate),
          m_rosterImportService(db, m_members, m_memberService, m_organisationService, m_audit, m_gate),
          m_security(db, m_session, m_audit, m_gate)
    {
        // Services ask the session (through the audit log they all hold) before every write.
        m_audit.setSession(&m_session);
        m_meetings.setAudit(&m_audit);
        m_session.setSignInRequired(SecurityService::readSetting(db) == SignInSetting::On);
        // A read-only file: the gate refuses writes, the session what would need one.
        const QString readOnly = Database::readOnlyReason(db);
        m_gate.setReadOnly(readOnly);
        m_session.setReadOnly(readOnly);
    }

    QSqlDatabase database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    OrganisationRepository& organisations() { return m_organisations; }
    MemberRepository& members() { return m_members; }
    RatingRepository& ratings() { return m_ratings; }
    // Writes of the star rating go through the service, which owns its rules.
    RatingService& ratingService() { return m_ratingService; }
    MemberService& memberService() { return m_memberService; }
    OrganisationService& organisationService() { return m_organisationService; }
    RosterImportService& rosterImportService() { return m_rosterImportService; }
    MeetingRepository& meetings() { return m_meetings; }
    // What a roster import checks against, read now (on this thread's connection).
    RosterImportContext rosterImportContext()
    {
        return {m_organisations.all(), m_members.idNumbersOnRecord(),
                [this](qint64 id) { return m_members.get(id); }, &m_clock};
    }
    AuditLog& audit() { return m_audit; }
    WriteGate& writeGate() { return m_gate; }
    // Who is signed in, and the users and sign-in rules (core/security).
    Session& session() { return m_session; }
    SecurityService& security() { return m_security; }

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    WriteGate m_gate; // before the repositories, which keep a pointer to it
    OrganisationRepository m_organisations;
    MemberRepository m_members;
    RatingRepository m_ratings;
    MeetingRepository m_meetings;
    AuditLog m_audit;
    RatingService m_ratingService;
    MemberService m_memberService;
    OrganisationService m_organisationService;
    RosterImportService m_rosterImportService;
    Session m_session;
    SecurityService m_security;
};

} // namespace partydesk
