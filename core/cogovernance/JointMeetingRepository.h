#pragma once

#include "JointMeeting.h"

#include <optional>
#include <QSqlDatabase>

namespace partydesk {

// The SQL of joint meetings, decisions, the chair rota and units' activities. Writes return the
// error text (empty: done) and check no rule: JointMeetingService does, inside its transaction.
// "Committees" are community committee ids (CommitteeScope.h); an empty list reads nothing.
class JointMeetingRepository
{
public:
    explicit JointMeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; }

    // The meeting with its attending units and decisions (in position order).
    std::optional<JointMeeting> meeting(qint64 id) const;
    // The meetings held in `year`, newest first; `today` decides which decisions are overdue.
    QList<JointMeetingRow> meetings(const QList<qint64>& committees, int year, QDate today) const;
    // The decisions of the meetings held in `year`, by meeting day and position.
    QList<JointDecisionRow> decisions(const QList<qint64>& committees, int year) const;
    std::optional<JointDecisionRow> decision(qint64 id) const;

    // The chair of each month of `year` (12 ids, 0: none).
    QList<qint64> rota(qint64 committeeId, int year) const;
    // The same with the units' names and their activities as chair in the month.
    QList<RotaMonth> rotaMonths(qint64 committeeId, int year) const;

    QList<UnitActivityRow> activities(const QList<qint64>& committees, int year) const;
    std::optional<UnitActivity> activity(qint64 id) const;
    // The committee a unit belongs to (0: unknown unit).
    qint64 committeeOfUnit(qint64 unitId) const;

    // Inserts (id 0, which is then set) or updates the meeting with its units and decisions:
    // decisions keep their ids, those no longer listed are deleted.
    QString saveMeeting(JointMeeting& meeting);
    QString deleteMeeting(qint64 id);
    QString saveFollowUp(const JointDecision& decision);
    // Sets the chair of `month` ('YYYY-MM' of year/month); unit 0 clears it.
    QString setRotaMonth(qint64 committeeId, int year, int month, qint64 unitId);
    QString saveActivity(UnitActivity& activity);
    QString deleteActivity(qint64 id);

private:
    QString saveDecisions(JointMeeting& meeting);

    QSqlDatabase m_db;
};

// "1,2,3" for an IN list of ids (integers, so nothing to quote).
QString sqlIdList(const QList<qint64>& ids);

} // namespace partydesk
