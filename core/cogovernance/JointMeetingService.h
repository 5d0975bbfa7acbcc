#pragma once

#include "domain/Clock.h"
#include "domain/Organisation.h"
#include "JointMeetingRepository.h"
#include "service/ServiceResult.h"

#include <functional>

namespace partydesk {

class AuditLog;
class OrganisationRepository;
class WriteGate;
class Workspace;

// Every rule of joint meetings (联席会议), their decisions, the rotating chair (轮值主席) and units'
// activities that a write obeys. Each write asks the write gate and the session first (EditMeetings
// for meetings, decisions and activities; EditOrganisations for the rota), runs in one transaction
// (a savepoint inside the caller's) and records its audit entry in it.
//
// Rules:
//  - a meeting belongs to a community committee, is held on a day not after today, is chaired by one
//    of the committee's units seated that day (joined on or before it, not yet left); the units
//    attending are the committee's (the chair is always among them);
//  - a decision has its text; its responsible unit (if any) is one of the committee's; its due day
//    is not before the meeting; done needs the day done (from the meeting's day to today) and a
//    follow-up note; dropped needs a note saying why (its day, when given, as for done); an open
//    decision has no day done;
//  - the rota is generated for a year from the committee's units in the order they were added
//    (ChairRota.h: one seated unit a month, going on after last December's chair). Regenerating
//    from a month replaces that month and the later ones with the proposal and keeps the earlier
//    ones (already chaired, or edited by hand); a month edited by hand needs a unit seated that
//    whole month (the rota's own rule);
//  - an activity is recorded for a unit on a day not after today with a title; "as chair" is
//    refused unless the unit is the rota's chair of that month (the evaluation counts it).
class JointMeetingService
{
public:
    JointMeetingService(JointMeetingRepository& repository, OrganisationRepository& organisations,
                        AuditLog& audit, const Clock& clock, const WriteGate& gate)
        : m_repository(repository), m_organisations(organisations), m_audit(audit), m_clock(clock),
          m_gate(gate)
    {
    }

    // Records (id 0) or changes a meeting with its attending units and decisions; the result's id
    // is the meeting's. Invalid results name the field: held_on, chair_unit, units, decisions.
    ServiceResult saveMeeting(JointMeeting meeting);
    // Every field's problem in `meeting` without writing (the dialog shows them as fields are left;
    // saveMeeting applies the same check).
    FieldErrors checkMeeting(const JointMeeting& meeting) const;
    ServiceResult deleteMeeting(qint64 meetingId);
    // Marks a decision done, dropped or open again, with the day and the note.
    ServiceResult followUp(qint64 decisionId, DecisionStatus status, QDate on, const QString& note);
    // The follow-up's problem (done_on, follow_up), as followUp() checks it, without writing.
    FieldErrors checkFollowUp(qint64 decisionId, DecisionStatus status, QDate on, const QString& note) const;

    // The proposal for `year` (12 unit ids, 0: no unit seated).
    QList<qint64> proposedRota(qint64 committeeId, int year) const;
    // Writes the proposal into months fromMonth…12 of `year`.
    ServiceResult generateRota(qint64 committeeId, int year, int fromMonth = 1);
    // One month by hand; unit 0 leaves the month without a chair.
    ServiceResult setRotaMonth(qint64 committeeId, int year, int month, qint64 unitId);
    // The rota's chair of the month of `day` (0: none).
    qint64 chairOf(qint64 committeeId, QDate day) const;

    ServiceResult saveActivity(UnitActivity activity);
    FieldErrors checkActivity(const UnitActivity& activity) const;
    ServiceResult deleteActivity(qint64 activityId);

    JointMeetingRepository& repository() { return m_repository; }

    // Whether `unit` sits on the committee on `day`.
    static bool seatedOn(const CoBuildingUnit& unit, QDate day);

private:
    QString refusal(bool structure = false) const;
    // The meeting as saved: the chair among the attending units, decisions' texts trimmed, an open
    // decision without a day.
    void normalise(JointMeeting& meeting) const;
    // The decision's first problem (field: decision, responsible_unit, due_on, done_on, follow_up).
    FieldError decisionProblem(const JointDecision& decision, QDate meetingOn,
                               const QList<CoBuildingUnit>& units) const;
    ServiceResult write(const QString& action, const QString& detail,
                        const std::function<QString(qint64*)>& work);

    JointMeetingRepository& m_repository;
    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// The repository and the service over a workspace, for pages and commands (until Workspace holds them).
class JointMeetings
{
public:
    explicit JointMeetings(Workspace& workspace);
    JointMeetingRepository& repository() { return m_repository; }
    JointMeetingService& service() { return m_service; }

private:
    JointMeetingRepository m_repository;
    JointMeetingService m_service;
};

} // namespace partydesk
