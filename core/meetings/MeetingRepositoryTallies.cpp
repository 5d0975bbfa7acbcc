// MeetingRepository's tallies over many meetings: the dates of a kind of meeting, attendance by month,
// member and meeting, and how often each prescribed action was done (the compliance and report reads).
#include "ExpectedMembers.h"
#include "MeetingRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QSqlQuery>

namespace partydesk {

namespace {

// The records a tally counts: members expected at the meeting (`mt`) and not away that day.
// `earliestDay` is "?" (bound to the period's first day) for tallies over many meetings.
QString countedSql(const QString& earliestDay = {})
{
    return countedAtMeetingSql(QStringLiteral("m"), QStringLiteral("mt.org_id"), QStringLiteral("mt.held_on"),
                               earliestDay);
}

void addToTally(AttendanceTally& t, const QString& status, int count)
{
    t.expected += count;
    (status == QLatin1String("present") ? t.present
     : status == QLatin1String("leave") ? t.leave
                                        : t.absent) += count;
}

} // namespace

QHash<qint64, QList<QDate>> MeetingRepository::meetingDates(MeetingKind kind, QDate from, QDate to) const
{
    QHash<qint64, QList<QDate>> dates;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT org_id, held_on FROM meeting WHERE kind = ? AND held_on BETWEEN ? AND ?"));
    bindValues(q, {enumCode(kind), sqlDate(from), sqlDate(to)});
    execRead(q);
    while (q.next())
        dates[q.value(0).toLongLong()] << dateFromSql(q.value(1));
    return dates;
}

QHash<qint64, QMap<QString, AttendanceTally>>
MeetingRepository::attendanceByMonth(QDate from, QDate to, const QSet<qint64>& orgIds) const
{
    QHash<qint64, QMap<QString, AttendanceTally>> result;
    QStringList ids; // numbers from our own database: safe in the statement
    for (qint64 id : orgIds)
        ids << QString::number(id);
    const QString orgFilter = orgIds.isEmpty()
                                  ? QStringLiteral("TRUE")
                                  : QStringLiteral("mt.org_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT mt.org_id, substr(mt.held_on, 1, 7), a.status, count(*) FROM attendance a "
                       "JOIN meeting mt ON mt.id = a.meeting_id JOIN member m ON m.id = a.member_id "
                       "WHERE mt.held_on BETWEEN ? AND ? AND %2 AND %1 GROUP BY 1, 2, 3")
            .arg(countedSql(QStringLiteral("?")), orgFilter));
    bindValues(q, {sqlDate(from), sqlDate(to), sqlDate(from)});
    execRead(q);
    while (q.next()) {
        AttendanceTally& t = result[q.value(0).toLongLong()][q.value(1).toString()];
        addToTally(t, q.value(2).toString(), q.value(3).toInt());
    }
    return result;
}

AttendanceTally MeetingRepository::memberAttendance(qint64 memberId, QDate from, QDate to) const
{
    AttendanceTally t;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT a.status, count(*) FROM attendance a JOIN meeting mt ON mt.id = a.meeting_id "
                       "JOIN member m ON m.id = a.member_id "
                       "WHERE a.member_id = ? AND mt.held_on BETWEEN ? AND ? AND %1 GROUP BY a.status")
            .arg(countedSql()));
    bindValues(q, {memberId, sqlDate(from), sqlDate(to)});
    execRead(q);
    while (q.next()) {
        addToTally(t, q.value(0).toString(), q.value(1).toInt());
    }
    return t;
}

QHash<qint64, AttendanceTally> MeetingRepository::attendanceByMeeting(QDate from, QDate to) const
{
    QHash<qint64, AttendanceTally> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.meeting_id, a.status, count(*) FROM attendance a JOIN meeting mt ON mt.id = "
                  "a.meeting_id "
                  "JOIN member m ON m.id = a.member_id WHERE mt.held_on BETWEEN ? AND ? AND %1 GROUP BY 1, 2")
                  .arg(countedSql(QStringLiteral("?"))));
    bindValues(q, {sqlDate(from), sqlDate(to), sqlDate(from)});
    execRead(q);
    while (q.next()) {
        AttendanceTally& t = result[q.value(0).toLongLong()];
        addToTally(t, q.value(1).toString(), q.value(2).toInt());
    }
    return result;
}

QHash<qint64, int> MeetingRepository::actionCounts(QDate from, QDate to) const
{
    QHash<qint64, int> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.meeting_id, count(*) FROM meeting_action a JOIN meeting mt ON mt.id = a.meeting_id "
        "WHERE mt.held_on BETWEEN ? AND ? GROUP BY 1"));
    bindValues(q, {sqlDate(from), sqlDate(to)});
    execRead(q);
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

} // namespace partydesk
