#pragma once

#include <QString>

namespace partydesk {

// Who is expected at a branch's meeting: the rule every attendance list and tally follows (the
// meeting form, the meetings page, the compliance view, each member's own rate and the monthly
// report), written once, as SQL, so that the tallies run in the database.
//
// Expected on `day` at the meetings of `branch`: a Party member (正式 + 预备, isPartyMember) who
//  - had joined the Party by the day (joined_on, when known),
//  - was on this community's roster by the day (the "joined_roster" event, when recorded),
//  - had not left by the day (one who left on the day or before is not expected),
//  - belonged on the day to the branch or one of its Party groups (dated "transfer" events move
//    a member between branches; before the first one the member was where it came from),
//  - and was not an in-service member (在职党员, registered at their workplace) on the day.
// Past meetings therefore never gain members added later, and keep those who left afterwards.
//
// `member` is the alias of the member table; `branch` and `day` are SQL expressions (a column
// such as "mt.held_on", or a column of a one-row parameter table). Members whose history holds
// nothing after the day are judged on their record alone. For queries over many rows (a year's
// tallies over a district), give `earliestDay`: an SQL expression the same for every row (a bound
// "?") and on or before every day asked about; the members changed since are then listed once
// instead of being looked up row by row.
QString expectedAtMeetingSql(const QString& member, const QString& branch, const QString& day,
                             const QString& earliestDay = {});

// Expected and counted in the attendance rate: also not floating out (流出) on the day. Floating
// members away are listed apart and not counted.
QString countedAtMeetingSql(const QString& member, const QString& branch, const QString& day,
                            const QString& earliestDay = {});

// The member's category on `day` as an SQL expression, from the dated "category_change" events.
QString categoryOnDaySql(const QString& member, const QString& day);

} // namespace partydesk
