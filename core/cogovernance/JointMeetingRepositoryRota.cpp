// The chair rota and units' activities of JointMeetingRepository.
#include "JointMeetingRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

namespace partydesk {

namespace {

QString monthText(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

UnitActivity activityFrom(const QSqlQuery& q)
{
    UnitActivity a;
    a.id = q.value(0).toLongLong();
    a.unitId = q.value(1).toLongLong();
    a.heldOn = dateFromSql(q.value(2));
    a.title = q.value(3).toString();
    a.asChair = q.value(4).toInt() != 0;
    a.participants = q.value(5).isNull() ? -1 : q.value(5).toInt();
    a.detail = q.value(6).toString();
    a.notes = q.value(7).toString();
    return a;
}

const char* const activityColumns =
    "a.id, a.unit_id, a.held_on, a.title, a.as_chair, a.participants, a.detail, a.notes";

} // namespace

QList<qint64> JointMeetingRepository::rota(qint64 committeeId, int year) const
{
    QList<qint64> chairs(12, 0);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT month, unit_id FROM chair_rota WHERE committee_id = ? AND month BETWEEN ? AND ?"));
    bindValues(q, {committeeId, monthText(year, 1), monthText(year, 12)});
    execRead(q);
    while (q.next()) {
        const int month = q.value(0).toString().mid(5, 2).toInt();
        if (month >= 1 && month <= 12)
            chairs[month - 1] = q.value(1).toLongLong();
    }
    return chairs;
}

QList<RotaMonth> JointMeetingRepository::rotaMonths(qint64 committeeId, int year) const
{
    QList<RotaMonth> months;
    for (int m = 1; m <= 12; ++m)
        months << RotaMonth{m, 0, {}, 0};
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT r.month, r.unit_id, u.name, "
                       "(SELECT count(*) FROM unit_activity a WHERE a.unit_id = r.unit_id AND a.as_chair = 1 "
                       "   AND substr(a.held_on, 1, 7) = r.month) "
                       "FROM chair_rota r JOIN co_building_unit u ON u.id = r.unit_id "
                       "WHERE r.committee_id = ? AND r.month BETWEEN ? AND ?"));
    bindValues(q, {committeeId, monthText(year, 1), monthText(year, 12)});
    execRead(q);
    while (q.next()) {
        const int month = q.value(0).toString().mid(5, 2).toInt();
        if (month < 1 || month > 12)
            continue;
        months[month - 1] =
            RotaMonth{month, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt()};
    }
    return months;
}

QList<UnitActivityRow> JointMeetingRepository::activities(const QList<qint64>& committees, int year) const
{
    QList<UnitActivityRow> rows;
    if (committees.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, u.committee_id, u.name FROM unit_activity a "
                             "JOIN co_building_unit u ON u.id = a.unit_id "
                             "WHERE u.committee_id IN (%2) AND a.held_on BETWEEN ? AND ? "
                             "ORDER BY a.held_on DESC, a.id DESC")
                  .arg(QLatin1String(activityColumns), sqlIdList(committees)));
    bindValues(q, {isoDateText(QDate(year, 1, 1)), isoDateText(QDate(year, 12, 31))});
    execRead(q);
    while (q.next())
        rows << UnitActivityRow{activityFrom(q), q.value(8).toLongLong(), q.value(9).toString()};
    return rows;
}

std::optional<UnitActivity> JointMeetingRepository::activity(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM unit_activity a WHERE a.id = ?").arg(QLatin1String(activityColumns)));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return activityFrom(q);
}

qint64 JointMeetingRepository::committeeOfUnit(qint64 unitId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT committee_id FROM co_building_unit WHERE id = ?"));
    q.addBindValue(unitId);
    if (!execRead(q) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString JointMeetingRepository::setRotaMonth(qint64 committeeId, int year, int month, qint64 unitId)
{
    QSqlQuery q(m_db);
    if (unitId > 0) {
        q.prepare(
            QStringLiteral("INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (?, ?, ?) "
                           "ON CONFLICT (committee_id, month) DO UPDATE SET unit_id = excluded.unit_id"));
        bindValues(q, {committeeId, monthText(year, month), unitId});
    } else {
        q.prepare(QStringLiteral("DELETE FROM chair_rota WHERE committee_id = ? AND month = ?"));
        bindValues(q, {committeeId, monthText(year, month)});
    }
    return execQuery(q);
}

QString JointMeetingRepository::saveActivity(UnitActivity& a)
{
    QSqlQuery q(m_db);
    if (a.id > 0)
        q.prepare(
            QStringLiteral("UPDATE unit_activity SET unit_id = ?, held_on = ?, title = ?, as_chair = ?, "
                           "participants = ?, detail = ?, notes = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "INSERT INTO unit_activity (unit_id, held_on, title, as_chair, participants, detail, "
            "notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {a.unitId, sqlDate(a.heldOn), a.title, a.asChair ? 1 : 0,
                   a.participants >= 0 ? QVariant(a.participants) : QVariant(), a.detail, a.notes});
    if (a.id > 0)
        q.addBindValue(a.id);
    if (QString error = execQuery(q); !error.isEmpty())
        return error;
    if (a.id <= 0)
        a.id = returnedId(q);
    return {};
}

QString JointMeetingRepository::deleteActivity(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM unit_activity WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q);
}

} // namespace partydesk
