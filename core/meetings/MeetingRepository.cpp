#include "MeetingRepository.h"

#include "ExpectedMembers.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

const char* const meetingColumns =
    "id, org_id, kind, held_on, theme, place, host, materials, minutes, plan_id, done";

Meeting meetingFrom(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.orgId = q.value(1).toLongLong();
    enumFromCode(q.value(2).toString(), &m.kind);
    m.heldOn = dateFromSql(q.value(3));
    m.theme = q.value(4).toString();
    m.place = q.value(5).toString();
    m.host = q.value(6).toString();
    m.materials = q.value(7).toString();
    m.minutes = q.value(8).toString();
    m.planId = q.value(9).toLongLong();
    m.done = q.value(10).toBool();
    return m;
}

QString writeActions(QSqlDatabase& db, qint64 meetingId, const QList<qint64>& actionIds)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM meeting_action WHERE meeting_id = ?"));
    clear.addBindValue(meetingId);
    if (QString e = execQuery(clear); !e.isEmpty())
        return e;
    QSqlQuery add(db);
    add.prepare(QStringLiteral(
        "INSERT INTO meeting_action (meeting_id, action_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 action : actionIds) {
        bindValues(add, {meetingId, action});
        if (QString e = execQuery(add); !e.isEmpty())
            return e;
    }
    return {};
}

QString writeAttendance(QSqlDatabase& db, qint64 meetingId, const QList<AttendanceRecord>& records)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"));
    clear.addBindValue(meetingId);
    if (QString e = execQuery(clear); !e.isEmpty())
        return e;
    QSqlQuery add(db);
    add.prepare(
        QStringLiteral("INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)"));
    for (const AttendanceRecord& r : records) {
        bindValues(add, {meetingId, r.memberId, enumCode(r.status), r.reason.trimmed()});
        if (QString e = execQuery(add); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

QList<PrescribedAction> MeetingRepository::actions(bool activeOnly) const
{
    QList<PrescribedAction> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name, active FROM prescribed_action %1 ORDER BY position, id")
               .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

QString MeetingRepository::refusal() const
{
    if (const QString why = m_gate ? m_gate->refusal() : QString(); !why.isEmpty())
        return why;
    return m_audit ? m_audit->session().refusal(Permission::EditMeetings) : QString();
}

QString MeetingRepository::recordAudit(const QString& action, const QString& detail) const
{
    if (!m_audit || m_audit->record(action, detail))
        return {};
    return QStringLiteral("audit_log: could not record the meeting");
}

WriteResult MeetingRepository::saveActions(const QList<PrescribedAction>& actions)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db, [&](qint64*) -> QString {
        // Actions are never deleted (past theme days refer to them): they are made inactive.
        QSet<qint64> kept;
        for (int i = 0; i < actions.size(); ++i) {
            const PrescribedAction& a = actions[i];
            QSqlQuery q(m_db);
            if (a.id > 0) {
                q.prepare(QStringLiteral(
                    "UPDATE prescribed_action SET position = ?, name = ?, active = ? WHERE id = ?"));
                bindValues(q, {i, a.name.trimmed(), a.active ? 1 : 0, a.id});
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO prescribed_action (position, name, active) VALUES (?, ?, ?) RETURNING id"));
                bindValues(q, {i, a.name.trimmed(), a.active ? 1 : 0});
            }
            if (QString e = execQuery(q); !e.isEmpty())
                return e;
            kept << (a.id > 0 ? a.id : returnedId(q));
        }
        QSqlQuery all(m_db);
        all.exec(QStringLiteral("SELECT id FROM prescribed_action"));
        QList<qint64> retire;
        while (all.next())
            if (!kept.contains(all.value(0).toLongLong()))
                retire << all.value(0).toLongLong();
        for (qint64 id : retire) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE prescribed_action SET active = 0 WHERE id = ?"));
            q.addBindValue(id);
            if (QString e = execQuery(q); !e.isEmpty())
                return e;
        }
        return {};
    });
}

int MeetingRepository::themeDayOfMonth() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'theme_day_of_month'"));
    const int day = q.next() ? q.value(0).toInt() : 15;
    return day >= 1 && day <= 31 ? day : 15;
}

WriteResult MeetingRepository::setThemeDayOfMonth(int day)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    if (day < 1 || day > 31)
        return {0, QCoreApplication::translate("MeetingRepository",
                                               "The day of the month must be from 1 to 31.")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES ('theme_day_of_month', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(day));
    const QString e = execQuery(q);
    return {e.isEmpty() ? day : 0, e};
}

std::optional<MonthlyPlan> MeetingRepository::plan(QDate month) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, month, theme, day, place, materials FROM monthly_plan WHERE month = ?"));
    q.addBindValue(month.toString(QStringLiteral("yyyy-MM")));
    if (!q.exec() || !q.next())
        return std::nullopt;
    MonthlyPlan p;
    p.id = q.value(0).toLongLong();
    p.month = QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
    p.theme = q.value(2).toString();
    p.day = q.value(3).toInt();
    p.place = q.value(4).toString();
    p.materials = q.value(5).toString();
    QSqlQuery actions(m_db);
    actions.prepare(QStringLiteral("SELECT action_id FROM monthly_plan_action WHERE plan_id = ?"));
    actions.addBindValue(p.id);
    execRead(actions);
    while (actions.next())
        p.actionIds << actions.value(0).toLongLong();
    return p;
}

WriteResult MeetingRepository::savePlan(MonthlyPlan& plan)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    if (plan.theme.trimmed().isEmpty())
        return {0, QCoreApplication::translate("MeetingRepository", "Enter the month's theme.")};
    if (!QDate(plan.month.year(), plan.month.month(), std::min(plan.day, plan.month.daysInMonth())).isValid())
        return {0, QCoreApplication::translate("MeetingRepository", "The day is not in that month.")};
    MonthlyPlan saved = plan;
    const WriteResult result = inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO monthly_plan (month, theme, day, place, materials) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (month) DO UPDATE SET theme = excluded.theme, day = excluded.day, "
            "place = excluded.place, materials = excluded.materials"));
        bindValues(q, {saved.month.toString(QStringLiteral("yyyy-MM")), saved.theme.trimmed(), saved.day,
                       saved.place.trimmed(), saved.materials});
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT id FROM monthly_plan WHERE month = ?"));
        find.addBindValue(saved.month.toString(QStringLiteral("yyyy-MM")));
        if (QString e = execQuery(find); !e.isEmpty() || !find.next())
            return e;
        saved.id = find.value(0).toLongLong();
        *id = saved.id;
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM monthly_plan_action WHERE plan_id = ?"));
        clear.addBindValue(saved.id);
        if (QString e = execQuery(clear); !e.isEmpty())
            return e;
        QSqlQuery add(m_db);
        add.prepare(QStringLiteral(
            "INSERT INTO monthly_plan_action (plan_id, action_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        for (qint64 action : saved.actionIds) {
            bindValues(add, {saved.id, action});
            if (QString e = execQuery(add); !e.isEmpty())
                return e;
        }
        return {};
    });
    if (result.ok())
        plan = saved;
    return result;
}

WriteResult MeetingRepository::createThemeDays(const MonthlyPlan& plan, const QList<qint64>& orgIds)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    const QDate day(plan.month.year(), plan.month.month(), std::min(plan.day, plan.month.daysInMonth()));
    return inTransaction(m_db, [&](qint64* created) -> QString {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM meeting WHERE org_id = ? AND kind = 'theme_day' "
                                      "AND substr(held_on, 1, 7) = ?"));
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO meeting (org_id, kind, held_on, theme, place, materials, plan_id) "
                           "VALUES (?, 'theme_day', ?, ?, ?, ?, ?)"));
        for (qint64 org : orgIds) {
            bindValues(exists, {org, plan.month.toString(QStringLiteral("yyyy-MM"))});
            if (QString e = execQuery(exists); !e.isEmpty())
                return e;
            if (exists.next())
                continue;
            bindValues(insert, {org, sqlDate(day), plan.theme, plan.place, plan.materials, sqlId(plan.id)});
            if (QString e = execQuery(insert); !e.isEmpty())
                return e;
            ++*created;
        }
        return {};
    });
}

QList<Meeting> MeetingRepository::meetings(const std::optional<QSet<qint64>>& orgIds, QDate from,
                                           QDate to) const
{
    QList<Meeting> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM meeting WHERE held_on BETWEEN ? AND ? ORDER BY held_on, org_id, id")
            .arg(QLatin1String(meetingColumns)));
    bindValues(q, {sqlDate(from), sqlDate(to)});
    execRead(q);
    while (q.next()) {
        Meeting m = meetingFrom(q);
        if (!orgIds || orgIds->contains(m.orgId))
            list << m;
    }
    return list;
}

std::optional<Meeting> MeetingRepository::meeting(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(QLatin1String(meetingColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Meeting m = meetingFrom(q);
    QSqlQuery actions(m_db);
    actions.prepare(QStringLiteral("SELECT action_id FROM meeting_action WHERE meeting_id = ?"));
    actions.addBindValue(id);
    execRead(actions);
    while (actions.next())
        m.actionIds << actions.value(0).toLongLong();
    return m;
}

WriteResult MeetingRepository::saveMeeting(Meeting& meeting, const QList<AttendanceRecord>* attendance)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    if (!meeting.heldOn.isValid())
        return {0, QCoreApplication::translate("MeetingRepository", "Enter the date of the meeting.")};
    if (meeting.orgId == 0)
        return {
            0, QCoreApplication::translate("MeetingRepository", "Choose the branch that holds the meeting.")};
    Meeting saved = meeting;
    const WriteResult result = inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        if (saved.id > 0)
            q.prepare(QStringLiteral(
                "UPDATE meeting SET org_id = ?, kind = ?, held_on = ?, theme = ?, place = ?, host = ?, "
                "materials = ?, minutes = ?, plan_id = ?, done = ? WHERE id = ?"));
        else
            q.prepare(QStringLiteral(
                "INSERT INTO meeting (org_id, kind, held_on, theme, place, host, materials, minutes, "
                "plan_id, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {saved.orgId, enumCode(saved.kind), sqlDate(saved.heldOn), saved.theme.trimmed(),
                       saved.place.trimmed(), saved.host.trimmed(), saved.materials, saved.minutes,
                       sqlId(saved.planId), saved.done ? 1 : 0});
        if (saved.id > 0)
            q.addBindValue(saved.id);
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        const bool added = saved.id == 0;
        if (added)
            saved.id = returnedId(q);
        *id = saved.id;
        if (QString e = writeActions(m_db, saved.id, saved.actionIds); !e.isEmpty())
            return e;
        if (QString e = attendance ? writeAttendance(m_db, saved.id, *attendance) : QString(); !e.isEmpty())
            return e;
        return recordAudit(added ? QStringLiteral("meeting.add") : QStringLiteral("meeting.update"),
                           QStringLiteral("meeting %1: organisation %2, %3, %4%5")
                               .arg(saved.id)
                               .arg(saved.orgId)
                               .arg(sqlDate(saved.heldOn).toString(), saved.theme.trimmed(),
                                    attendance
                                        ? QStringLiteral(", attendance %1 rows").arg(attendance->size())
                                        : QString()));
    });
    if (result.ok())
        meeting = saved;
    return result;
}

WriteResult MeetingRepository::deleteMeeting(qint64 id)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db, [&](qint64* deleted) -> QString {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
        q.addBindValue(id);
        if (const QString e = execQuery(q); !e.isEmpty())
            return e;
        *deleted = id;
        return recordAudit(QStringLiteral("meeting.delete"), QStringLiteral("meeting %1").arg(id));
    });
}

QList<AttendanceRecord> MeetingRepository::attendance(qint64 meetingId) const
{
    QList<AttendanceRecord> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT member_id, status, reason FROM attendance WHERE meeting_id = ?"));
    q.addBindValue(meetingId);
    execRead(q);
    while (q.next()) {
        AttendanceRecord r;
        r.memberId = q.value(0).toLongLong();
        enumFromCode(q.value(1).toString(), &r.status);
        r.reason = q.value(2).toString();
        list << r;
    }
    return list;
}

WriteResult MeetingRepository::saveAttendance(qint64 meetingId, const QList<AttendanceRecord>& records)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db, [&](qint64* id) -> QString {
        *id = meetingId;
        if (const QString e = writeAttendance(m_db, meetingId, records); !e.isEmpty())
            return e;
        return recordAudit(QStringLiteral("meeting.attendance"),
                           QStringLiteral("meeting %1: %2 rows").arg(meetingId).arg(records.size()));
    });
}

QList<ExpectedMember> MeetingRepository::expectedMembers(qint64 orgId, QDate day) const
{
    QList<ExpectedMember> list, away;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The candidates: the members now in the branch or its groups, and everyone who ever moved.
    q.prepare(
        QStringLiteral("WITH p (branch, day) AS (SELECT CAST(? AS BIGINT), CAST(? AS TEXT)) "
                       "SELECT m.id, m.name, %1 FROM member m, p WHERE "
                       "(m.org_id IN (SELECT o.id FROM organisation o WHERE o.id = ? OR o.parent_id = ?) "
                       "OR m.id IN (SELECT e.member_id FROM member_event e WHERE e.kind = 'transfer')) "
                       "AND %2 ORDER BY m.id")
            .arg(categoryOnDaySql(QStringLiteral("m"), QStringLiteral("p.day")),
                 expectedAtMeetingSql(QStringLiteral("m"), QStringLiteral("p.branch"),
                                      QStringLiteral("p.day"))));
    bindValues(q, {orgId, sqlDate(day), orgId, orgId});
    execRead(q);
    while (q.next()) {
        ExpectedMember e;
        e.memberId = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        enumFromCode(q.value(2).toString(), &e.category);
        (e.away() ? away : list) << e;
    }
    return list + away;
}

QList<AttendanceLine> MeetingRepository::attendanceSheet(qint64 meetingId) const
{
    QList<AttendanceLine> lines, away;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.name, %1, a.status, a.reason FROM attendance a "
                             "JOIN meeting mt ON mt.id = a.meeting_id JOIN member m ON m.id = a.member_id "
                             "WHERE a.meeting_id = ? AND %2 ORDER BY m.id")
                  .arg(categoryOnDaySql(QStringLiteral("m"), QStringLiteral("mt.held_on")),
                       expectedAtMeetingSql(QStringLiteral("m"), QStringLiteral("mt.org_id"),
                                            QStringLiteral("mt.held_on"))));
    q.addBindValue(meetingId);
    execRead(q);
    while (q.next()) {
        AttendanceLine line;
        line.member.memberId = q.value(0).toLongLong();
        line.member.name = q.value(1).toString();
        enumFromCode(q.value(2).toString(), &line.member.category);
        line.record.memberId = line.member.memberId;
        enumFromCode(q.value(3).toString(), &line.record.status);
        line.record.reason = q.value(4).toString();
        (line.member.away() ? away : lines) << line;
    }
    return lines + away;
}

AttendanceTally tally(const QList<AttendanceLine>& lines)
{
    QList<AttendanceRecord> records;
    QSet<qint64> away;
    for (const AttendanceLine& line : lines) {
        records << line.record;
        if (line.member.away())
            away << line.member.memberId;
    }
    return tally(records, [&](qint64 id) { return away.contains(id); });
}

QList<MeetingPhoto> MeetingRepository::photos(qint64 meetingId, bool withImages) const
{
    QList<MeetingPhoto> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, meeting_id, caption, thumbnail, %1 FROM meeting_photo WHERE "
                             "meeting_id = ? ORDER BY id")
                  .arg(withImages ? QStringLiteral("image") : QStringLiteral("NULL")));
    q.addBindValue(meetingId);
    execRead(q);
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(4).toByteArray(), q.value(3).toByteArray()});
    return list;
}

WriteResult MeetingRepository::addPhoto(const MeetingPhoto& photo)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meeting_photo (meeting_id, caption, image, thumbnail) VALUES (?, "
                             "?, ?, ?) RETURNING id"));
    bindValues(q, {photo.meetingId, photo.caption, photo.image, photo.thumbnail});
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {returnedId(q), {}};
}

WriteResult MeetingRepository::deletePhoto(qint64 photoId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meeting_photo WHERE id = ?"));
    q.addBindValue(photoId);
    const QString e = execQuery(q);
    return {e.isEmpty() ? photoId : 0, e};
}

} // namespace partydesk
