#include "JointMeetingRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QSet>

namespace partydesk {

QString sqlIdList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

namespace {

const char* const decisionColumns =
    "d.id, d.meeting_id, d.position, d.decision, d.responsible_unit_id, d.responsible_person, d.due_on, "
    "d.status, d.done_on, d.follow_up";

JointDecision decisionFrom(const QSqlQuery& q, int first = 0)
{
    JointDecision d;
    d.id = q.value(first).toLongLong();
    d.meetingId = q.value(first + 1).toLongLong();
    d.position = q.value(first + 2).toInt();
    d.text = q.value(first + 3).toString();
    d.responsibleUnitId = q.value(first + 4).toLongLong();
    d.responsiblePerson = q.value(first + 5).toString();
    d.dueOn = dateFromSql(q.value(first + 6));
    decisionStatusFromCode(q.value(first + 7).toString(), &d.status);
    d.doneOn = dateFromSql(q.value(first + 8));
    d.followUp = q.value(first + 9).toString();
    return d;
}

QString yearStart(int year)
{
    return isoDateText(QDate(year, 1, 1));
}

QString yearEnd(int year)
{
    return isoDateText(QDate(year, 12, 31));
}

} // namespace

std::optional<JointMeeting> JointMeetingRepository::meeting(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, committee_id, held_on, chair_unit_id, chair_person, place, topics, minutes, "
        "notes FROM joint_meeting WHERE id = ?"));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    JointMeeting m;
    m.id = q.value(0).toLongLong();
    m.committeeId = q.value(1).toLongLong();
    m.heldOn = dateFromSql(q.value(2));
    m.chairUnitId = q.value(3).toLongLong();
    m.chairPerson = q.value(4).toString();
    m.place = q.value(5).toString();
    m.topics = q.value(6).toString();
    m.minutes = q.value(7).toString();
    m.notes = q.value(8).toString();
    QSqlQuery units(m_db);
    units.prepare(
        QStringLiteral("SELECT unit_id FROM joint_meeting_unit WHERE meeting_id = ? ORDER BY unit_id"));
    units.addBindValue(id);
    execRead(units);
    while (units.next())
        m.unitIds << units.value(0).toLongLong();
    QSqlQuery decisions(m_db);
    decisions.prepare(
        QStringLiteral("SELECT %1 FROM joint_decision d WHERE d.meeting_id = ? ORDER BY d.position, d.id")
            .arg(QLatin1String(decisionColumns)));
    decisions.addBindValue(id);
    execRead(decisions);
    while (decisions.next())
        m.decisions << decisionFrom(decisions);
    return m;
}

QList<JointMeetingRow> JointMeetingRepository::meetings(const QList<qint64>& committees, int year,
                                                        QDate today) const
{
    QList<JointMeetingRow> rows;
    if (committees.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral(
            "SELECT m.id, m.committee_id, m.held_on, coalesce(u.name, ''), m.place, m.topics, "
            "(SELECT count(*) FROM joint_meeting_unit a WHERE a.meeting_id = m.id), "
            "(SELECT count(*) FROM joint_decision d WHERE d.meeting_id = m.id AND d.status = 'open'), "
            "(SELECT count(*) FROM joint_decision d WHERE d.meeting_id = m.id AND d.status = 'done'), "
            "(SELECT count(*) FROM joint_decision d WHERE d.meeting_id = m.id AND d.status = 'dropped'), "
            "(SELECT count(*) FROM joint_decision d WHERE d.meeting_id = m.id AND d.status = 'open' "
            "   AND d.due_on < ?) "
            "FROM joint_meeting m LEFT JOIN co_building_unit u ON u.id = m.chair_unit_id "
            "WHERE m.committee_id IN (%1) AND m.held_on BETWEEN ? AND ? ORDER BY m.held_on DESC, m.id DESC")
            .arg(sqlIdList(committees)));
    bindValues(q, {sqlDate(today), yearStart(year), yearEnd(year)});
    execRead(q);
    while (q.next()) {
        JointMeetingRow r;
        r.id = q.value(0).toLongLong();
        r.committeeId = q.value(1).toLongLong();
        r.heldOn = dateFromSql(q.value(2));
        r.chairUnit = q.value(3).toString();
        r.place = q.value(4).toString();
        r.topics = q.value(5).toString();
        r.units = q.value(6).toInt();
        r.open = q.value(7).toInt();
        r.done = q.value(8).toInt();
        r.dropped = q.value(9).toInt();
        r.overdue = q.value(10).toInt();
        rows << r;
    }
    return rows;
}

QList<JointDecisionRow> JointMeetingRepository::decisions(const QList<qint64>& committees, int year) const
{
    QList<JointDecisionRow> rows;
    if (committees.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1, m.committee_id, m.held_on, coalesce(u.name, '') FROM joint_decision d "
                       "JOIN joint_meeting m ON m.id = d.meeting_id "
                       "LEFT JOIN co_building_unit u ON u.id = d.responsible_unit_id "
                       "WHERE m.committee_id IN (%2) AND m.held_on BETWEEN ? AND ? "
                       "ORDER BY m.held_on, m.id, d.position, d.id")
            .arg(QLatin1String(decisionColumns), sqlIdList(committees)));
    bindValues(q, {yearStart(year), yearEnd(year)});
    execRead(q);
    while (q.next())
        rows << JointDecisionRow{decisionFrom(q), q.value(10).toLongLong(), dateFromSql(q.value(11)),
                                 q.value(12).toString()};
    return rows;
}

std::optional<JointDecisionRow> JointMeetingRepository::decision(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1, m.committee_id, m.held_on, coalesce(u.name, '') FROM joint_decision d "
                       "JOIN joint_meeting m ON m.id = d.meeting_id "
                       "LEFT JOIN co_building_unit u ON u.id = d.responsible_unit_id WHERE d.id = ?")
            .arg(QLatin1String(decisionColumns)));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return JointDecisionRow{decisionFrom(q), q.value(10).toLongLong(), dateFromSql(q.value(11)),
                            q.value(12).toString()};
}

QString JointMeetingRepository::saveMeeting(JointMeeting& m)
{
    QSqlQuery q(m_db);
    if (m.id > 0)
        q.prepare(
            QStringLiteral("UPDATE joint_meeting SET committee_id = ?, held_on = ?, chair_unit_id = ?, "
                           "chair_person = ?, place = ?, topics = ?, minutes = ?, notes = ? WHERE id = ?"));
    else
        q.prepare(
            QStringLiteral("INSERT INTO joint_meeting (committee_id, held_on, chair_unit_id, chair_person, "
                           "place, topics, minutes, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {m.committeeId, sqlDate(m.heldOn), sqlId(m.chairUnitId), m.chairPerson, m.place, m.topics,
                   m.minutes, m.notes});
    if (m.id > 0)
        q.addBindValue(m.id);
    if (QString error = execQuery(q); !error.isEmpty())
        return error;
    if (m.id <= 0)
        m.id = returnedId(q);
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM joint_meeting_unit WHERE meeting_id = ?"));
    clear.addBindValue(m.id);
    if (QString error = execQuery(clear); !error.isEmpty())
        return error;
    QSqlQuery unit(m_db);
    unit.prepare(QStringLiteral(
        "INSERT INTO joint_meeting_unit (meeting_id, unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 unitId : m.unitIds) {
        unit.addBindValue(m.id);
        unit.addBindValue(unitId);
        if (QString error = execQuery(unit); !error.isEmpty())
            return error;
    }
    return saveDecisions(m);
}

QString JointMeetingRepository::saveDecisions(JointMeeting& m)
{
    QSet<qint64> kept;
    for (const JointDecision& d : m.decisions)
        if (d.id > 0)
            kept << d.id;
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM joint_decision WHERE meeting_id = ?"));
    existing.addBindValue(m.id);
    execRead(existing);
    QList<qint64> gone;
    while (existing.next())
        if (!kept.contains(existing.value(0).toLongLong()))
            gone << existing.value(0).toLongLong();
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM joint_decision WHERE id = ?"));
    for (qint64 id : gone) {
        drop.addBindValue(id);
        if (QString error = execQuery(drop); !error.isEmpty())
            return error;
    }
    for (int i = 0; i < m.decisions.size(); ++i) {
        JointDecision& d = m.decisions[i];
        d.meetingId = m.id;
        d.position = i + 1;
        QSqlQuery q(m_db);
        if (d.id > 0)
            q.prepare(
                QStringLiteral("UPDATE joint_decision SET meeting_id = ?, position = ?, decision = ?, "
                               "responsible_unit_id = ?, responsible_person = ?, due_on = ?, status = ?, "
                               "done_on = ?, follow_up = ? WHERE id = ?"));
        else
            q.prepare(QStringLiteral(
                "INSERT INTO joint_decision (meeting_id, position, decision, responsible_unit_id, "
                "responsible_person, due_on, status, done_on, follow_up) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {d.meetingId, d.position, d.text, sqlId(d.responsibleUnitId), d.responsiblePerson,
                       sqlDate(d.dueOn), decisionStatusCode(d.status), sqlDate(d.doneOn), d.followUp});
        if (d.id > 0)
            q.addBindValue(d.id);
        if (QString error = execQuery(q); !error.isEmpty())
            return error;
        if (d.id <= 0)
            d.id = returnedId(q);
    }
    return {};
}

QString JointMeetingRepository::deleteMeeting(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM joint_meeting WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q);
}

QString JointMeetingRepository::saveFollowUp(const JointDecision& d)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE joint_decision SET status = ?, done_on = ?, follow_up = ? WHERE id = ?"));
    bindValues(q, {decisionStatusCode(d.status), sqlDate(d.doneOn), d.followUp, d.id});
    return execQuery(q);
}

} // namespace partydesk
