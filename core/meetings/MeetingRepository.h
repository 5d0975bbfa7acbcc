#pragma once

#include "Attendance.h"
#include "Meeting.h"
#include "repository/RepositoryError.h"
#include "storage/WriteGate.h"

#include <optional>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace partydesk {

class AuditLog;

// Someone expected at a branch's meeting (see ExpectedMembers.h for who), with the category
// the member had on the meeting's day.
struct ExpectedMember
{
    qint64 memberId = 0;
    QString name;
    MemberCategory category = MemberCategory::Registered;
    bool away() const { return category == MemberCategory::FloatingOut; }
};

// One line of a meeting's attendance sheet: who was expected and what was recorded.
struct AttendanceLine
{
    ExpectedMember member;
    AttendanceRecord record;
};

// The tally of an attendance sheet: floating members away are listed but not counted.
AttendanceTally tally(const QList<AttendanceLine>& lines);

class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db, const WriteGate* gate = nullptr)
        : m_db(std::move(db)), m_gate(gate)
    {
    }

    QList<PrescribedAction> actions(bool activeOnly = false) const;
    WriteResult saveActions(const QList<PrescribedAction>& actions);
    int themeDayOfMonth() const;
    WriteResult setThemeDayOfMonth(int day);

    std::optional<MonthlyPlan> plan(QDate month) const;
    WriteResult savePlan(MonthlyPlan& plan);
    // Creates the month's theme day for each organisation that has none yet; returns how many.
    WriteResult createThemeDays(const MonthlyPlan& plan, const QList<qint64>& orgIds);

    // Meetings from `from` to `to`, of the given organisations (none: all), by date.
    QList<Meeting> meetings(const std::optional<QSet<qint64>>& orgIds, QDate from, QDate to) const;
    std::optional<Meeting> meeting(qint64 id) const;
    // Writes the meeting, its actions and (when given) its attendance in one transaction.
    WriteResult saveMeeting(Meeting& meeting, const QList<AttendanceRecord>* attendance = nullptr);
    WriteResult deleteMeeting(qint64 id);

    // Every record of the meeting, as stored.
    QList<AttendanceRecord> attendance(qint64 meetingId) const;
    // The meeting's recorded attendance of the members expected at it (expectedAtMeetingSql),
    // floating members away last: what the monthly report prints and its rate counts.
    QList<AttendanceLine> attendanceSheet(qint64 meetingId) const;
    WriteResult saveAttendance(qint64 meetingId, const QList<AttendanceRecord>& records);
    // The members expected at the branch's meetings on `day` (expectedAtMeetingSql), floating
    // members away last.
    QList<ExpectedMember> expectedMembers(qint64 orgId, QDate day) const;

    QList<MeetingPhoto> photos(qint64 meetingId, bool withImages = false) const;
    WriteResult addPhoto(const MeetingPhoto& photo);
    WriteResult deletePhoto(qint64 photoId);

    // The database the repository reads (for the facts a report reads beside the meetings).
    QSqlDatabase database() const { return m_db; }

    // The tallies below count only the records of members expected at each meeting who were not
    // floating out that day (countedAtMeetingSql): the same rule as the form's list.
    // The days each organisation held meetings of `kind` in the period.
    QHash<qint64, QList<QDate>> meetingDates(MeetingKind kind, QDate from, QDate to) const;
    // Attendance of the organisations' meetings by month ("2026-11"), floating members away left out.
    // `orgIds`: only the meetings of these organisations (empty: every one); a community's figures
    // read its own meetings, not the district's.
    QHash<qint64, QMap<QString, AttendanceTally>> attendanceByMonth(QDate from, QDate to,
                                                                    const QSet<qint64>& orgIds = {}) const;
    AttendanceTally memberAttendance(qint64 memberId, QDate from, QDate to) const;
    // Per meeting in the period: its attendance tally and how many prescribed actions it did.
    QHash<qint64, AttendanceTally> attendanceByMeeting(QDate from, QDate to) const;
    QHash<qint64, int> actionCounts(QDate from, QDate to) const;

    // Meeting writes are recorded there, and refused when the signed-in user may not edit meetings.
    void setAudit(AuditLog* audit) { m_audit = audit; }

private:
    QString refusal() const;
    // Inside the write's transaction; the error text, or an empty string.
    QString recordAudit(const QString& action, const QString& detail) const;

    QSqlDatabase m_db;
    const WriteGate* m_gate = nullptr;
    AuditLog* m_audit = nullptr;
};

} // namespace partydesk
