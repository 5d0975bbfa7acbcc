#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

// 联席会议 of a community's big committee with its co-building units: what was decided, who carries
// it out by when, and how it went; the rotating chair's month; what a unit did with the community.

enum class DecisionStatus
{
    Open,
    Done,
    Dropped
};

QString decisionStatusCode(DecisionStatus status);
bool decisionStatusFromCode(const QString& code, DecisionStatus* status);
// In the user's language: 办理中 / 已办结 / 已撤销.
QString decisionStatusName(DecisionStatus status);

struct JointDecision
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0; // 1, 2, … in the meeting's order
    QString text;
    qint64 responsibleUnitId = 0; // 0: the committee itself
    QString responsiblePerson;
    QDate dueOn; // invalid: no deadline
    DecisionStatus status = DecisionStatus::Open;
    QDate doneOn; // done (or dropped) on
    QString followUp;

    // Still open after its due day.
    bool overdue(QDate today) const
    {
        return status == DecisionStatus::Open && dueOn.isValid() && dueOn < today;
    }
};

struct JointMeeting
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QDate heldOn;
    qint64 chairUnitId = 0;
    QString chairPerson;
    QString place;
    QString topics;
    QString minutes;
    QString notes;
    QList<qint64> unitIds; // the units that attended (the chair among them)
    QList<JointDecision> decisions;
};

// A meeting as the year's list shows it.
struct JointMeetingRow
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QDate heldOn;
    QString chairUnit;
    QString place;
    QString topics;
    int units = 0;
    int open = 0;
    int done = 0;
    int dropped = 0;
    int overdue = 0; // open past their due day (on the day asked)
};

// A decision with its meeting's day and the names it refers to.
struct JointDecisionRow
{
    JointDecision decision;
    qint64 committeeId = 0;
    QDate meetingOn;
    QString unitName;
};

// One month of the chair rota with what the chair did as chair that month.
struct RotaMonth
{
    int month = 0;     // 1–12
    qint64 unitId = 0; // 0: no chair
    QString unitName;
    int activitiesAsChair = 0;
};

struct UnitActivity
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate heldOn;
    QString title;
    bool asChair = false;
    int participants = -1; // -1: not counted
    QString detail;
    QString notes;
};

struct UnitActivityRow
{
    UnitActivity activity;
    qint64 committeeId = 0;
    QString unitName;
};

// Whether a quarter of a year had its joint meeting (held at least quarterly).
enum class QuarterState
{
    Held,    // at least one meeting in the quarter
    Missed,  // the quarter has ended without one
    Pending, // the current quarter, none yet: still possible
    Future   // not begun
};

struct QuarterCoverage
{
    int quarter = 0; // 1–4
    QuarterState state = QuarterState::Future;
    int meetings = 0;
};

// A unit's attendance at the year's meetings held while it was seated.
struct UnitAttendance
{
    qint64 unitId = 0;
    QString unitName;
    int expected = 0; // meetings held while the unit was seated
    int attended = 0;
};

} // namespace partydesk
