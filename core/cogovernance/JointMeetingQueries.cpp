#include "JointMeetingQueries.h"

#include "domain/Enums.h"
#include "JointMeetingRepository.h"
#include "JointMeetingService.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace partydesk {

namespace {

QList<JointDecisionRow> openDecisions(QSqlDatabase db, const QList<qint64>& committeeIds, QDate from,
                                      QDate to)
{
    QList<JointDecisionRow> rows;
    if (committeeIds.isEmpty())
        return rows;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT d.id FROM joint_decision d JOIN joint_meeting m ON m.id = d.meeting_id "
                       "WHERE d.status = 'open' AND d.due_on BETWEEN ? AND ? AND m.committee_id IN (%1) "
                       "ORDER BY d.due_on, m.held_on, d.position")
            .arg(sqlIdList(committeeIds)));
    bindValues(q, {sqlDate(from), sqlDate(to)});
    execRead(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const JointMeetingRepository repository(db);
    for (qint64 id : ids)
        if (const std::optional<JointDecisionRow> row = repository.decision(id))
            rows << *row;
    return rows;
}

} // namespace

QList<JointDecisionRow> decisionsOverdue(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today)
{
    return openDecisions(db, committeeIds, QDate(1900, 1, 1), today.addDays(-1));
}

QList<JointDecisionRow> decisionsDueSoon(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today,
                                         int days)
{
    return openDecisions(db, committeeIds, today, today.addDays(days));
}

QList<QuarterCoverage> quarterCoverage(QSqlDatabase db, qint64 committeeId, int year, QDate today)
{
    QList<QuarterCoverage> quarters;
    for (int quarter = 1; quarter <= 4; ++quarter)
        quarters << QuarterCoverage{quarter, QuarterState::Future, 0};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT held_on FROM joint_meeting WHERE committee_id = ? AND held_on BETWEEN ? AND ?"));
    bindValues(q, {committeeId, sqlDate(QDate(year, 1, 1)), sqlDate(QDate(year, 12, 31))});
    execRead(q);
    while (q.next()) {
        const QDate held = dateFromSql(q.value(0));
        if (held.isValid())
            ++quarters[(held.month() - 1) / 3].meetings;
    }
    for (QuarterCoverage& quarter : quarters) {
        const QDate first(year, quarter.quarter * 3 - 2, 1);
        const QDate last = first.addMonths(3).addDays(-1);
        if (quarter.meetings > 0)
            quarter.state = QuarterState::Held;
        else if (last < today)
            quarter.state = QuarterState::Missed;
        else if (first <= today)
            quarter.state = QuarterState::Pending;
    }
    return quarters;
}

QString missedQuartersText(const QList<QuarterCoverage>& quarters)
{
    QStringList parts;
    for (const QuarterCoverage& quarter : quarters)
        if (quarter.state == QuarterState::Missed)
            parts << QCoreApplication::translate("JointMeetingQueries", "%1 not held")
                         .arg(quarterName(quarter.quarter));
    return parts.join(QStringLiteral("; "));
}

QList<UnitAttendance> unitAttendance(QSqlDatabase db, const QList<CoBuildingUnit>& units, qint64 committeeId,
                                     int year)
{
    QHash<qint64, QSet<qint64>> attendedBy; // unit → meetings
    QHash<qint64, QDate> dayOf;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT m.id, m.held_on, a.unit_id FROM joint_meeting m "
                             "LEFT JOIN joint_meeting_unit a ON a.meeting_id = m.id "
                             "WHERE m.committee_id = ? AND m.held_on BETWEEN ? AND ?"));
    bindValues(q, {committeeId, sqlDate(QDate(year, 1, 1)), sqlDate(QDate(year, 12, 31))});
    execRead(q);
    while (q.next()) {
        const qint64 meeting = q.value(0).toLongLong();
        dayOf.insert(meeting, dateFromSql(q.value(1)));
        if (!q.value(2).isNull())
            attendedBy[q.value(2).toLongLong()].insert(meeting);
    }
    QList<UnitAttendance> list;
    for (const CoBuildingUnit& unit : units) {
        UnitAttendance row{unit.id, unit.name, 0, 0};
        for (auto it = dayOf.cbegin(); it != dayOf.cend(); ++it) {
            const bool attended = attendedBy.value(unit.id).contains(it.key());
            if (JointMeetingService::seatedOn(unit, it.value()) || attended) {
                ++row.expected;
                row.attended += attended ? 1 : 0;
            }
        }
        list << row;
    }
    return list;
}

} // namespace partydesk
