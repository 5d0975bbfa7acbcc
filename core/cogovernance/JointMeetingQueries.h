#pragma once

#include "domain/Organisation.h"
#include "JointMeeting.h"

#include <QSqlDatabase>

namespace partydesk {

// What the joint meetings' records say, for the page, the home page and the star rating.

// Open decisions whose due day is before `today`, the oldest due first (for the home page).
QList<JointDecisionRow> decisionsOverdue(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today);
// Open decisions due from `today` to `days` days later, the soonest first.
QList<JointDecisionRow> decisionsDueSoon(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today,
                                         int days = 14);

// The four quarters of `year` for one committee (joint meetings at least quarterly): a quarter
// with a meeting is held; one that ended before `today` without a meeting is missed; the quarter
// of `today` without one yet is pending (not a gap until it ends); later quarters are future.
QList<QuarterCoverage> quarterCoverage(QSqlDatabase db, qint64 committeeId, int year, QDate today);
// "Q3 not held" for each missed quarter, joined (empty: none missed).
QString missedQuartersText(const QList<QuarterCoverage>& quarters);

// Each unit's attendance at the committee's meetings of `year`: of those held while it was seated
// (joined on or before the day, not yet left), how many it attended. Units in the order given.
QList<UnitAttendance> unitAttendance(QSqlDatabase db, const QList<CoBuildingUnit>& units, qint64 committeeId,
                                     int year);

} // namespace partydesk
