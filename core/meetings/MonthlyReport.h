#pragma once

#include "domain/Organisation.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "report/TableReport.h"

namespace partydesk {

// The monthly report of organisational life for one branch: each theme day's details and the
// prescribed actions done, its attendance with the rate and absentees' reasons, the month's other
// meetings, the political birthdays, and a signature block. Photos are added by the caller.
struct MonthlyBranchReport
{
    qint64 orgId = 0;
    QString branchName;
    QList<TableReport> tables; // in Excel all on one sheet, named after the branch
    QList<qint64> photosOf;    // per table: the meeting whose photos go under it, or 0
    // The branch's line of the summary.
    QList<QDate> themeDays;
    AttendanceTally themeDayAttendance;
    int actionsDone = 0;  // over the month's theme days
    int actionsTotal = 0; // prescribed actions in force, per theme day
    int otherMeetings = 0;
};

// Everything is read from the database through `meetings` (attendance sheets, political
// birthdays), never from a page's roster. Branches with no meeting that month still get a page
// saying so.
QList<MonthlyBranchReport> monthlyReports(MeetingRepository& meetings,
                                          const QList<Organisation>& organisations, qint64 orgId,
                                          QDate month);

// One line per branch (theme days, attendance, actions done, other meetings) and a total line:
// what a street office reads first when the report covers many branches.
TableReport monthlySummary(const QList<MonthlyBranchReport>& reports, const QString& scopeName, QDate month);

} // namespace partydesk
