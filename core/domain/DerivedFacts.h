#pragma once

#include "Member.h"
#include "Organisation.h"

#include <QDate>

namespace partydesk {

// Facts computed from the record and "today", never typed in.

// Whole years between `birth` and `day`.
int ageOn(QDate birth, QDate day);
// The day `years` full years after `from` are completed, the same way ageOn counts: for 29 February
// in a year without one, 1 March (a probation from 2024-02-29 ends on 2025-03-01, as an 18th
// birthday from 2000-02-29 falls on 2018-03-01).
QDate yearsCompleted(QDate from, int years);

// Party age counts from the full-membership date; -1 when the member is not a full member.
int partyAge(const Member& member, QDate today);

// Probation is one year from joining; still probationary after that is overdue.
bool probationOverdue(const Member& member, QDate today);

// The political birthday is the anniversary of joining; it falls in `month` (any day of it).
bool politicalBirthdayInMonth(const Member& member, QDate month);
int yearsSinceJoining(const Member& member, QDate today);

// "光荣在党50年": Party age reaches 50 by 1 July of `year` (the medals are awarded then),
// and had not by 1 July of the year before.
bool fiftyYearMedalDue(const Member& member, int year);

enum class TermState
{
    Unknown,
    Current,
    ExpiringSoon,
    Expired
};
// A committee's term is expiring when it ends within `warnDays` (换届 has to be prepared).
TermState termState(const Organisation& org, QDate today, int warnDays = 90);

} // namespace partydesk
