#pragma once

#include "domain/Organisation.h"
#include "Meeting.h"
#include "MeetingRepository.h"
#include "report/TableReport.h"

namespace partydesk {

// At most this many of a theme day's photos are printed (two rows of three); the caption says how
// many there are.
constexpr int monthlyReportPhotos = 6;

// The monthly report of organisational life for one branch, as a secretary hands it to the street
// office on one or two A4 pages: each theme day's facts (theme, place, host, materials, the
// prescribed actions done and not done, the attendance with the rate and the present members by
// name, the minutes), the members on leave, absent or away with their reasons, the photos, the
// month's other meetings, the political birthdays, and the official block to sign and stamp. The
// first part opens the branch's pages; the others follow it (sameSheetAsPrevious) under a caption.
struct MonthlyBranchReport
{
    qint64 orgId = 0;
    QString branchName;
    QList<TableReport> tables; // in Excel all on one sheet, named after the branch
    // Per table: the meeting whose photos make its figure (the photos part), or 0, and how many
    // photos it has (the caller draws at most monthlyReportPhotos of them).
    QList<qint64> photosOf;
    QList<int> photoCounts;
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
