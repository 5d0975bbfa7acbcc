#include "DerivedFacts.h"

#include "PartyMembership.h"

namespace partydesk {

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid())
        return -1;
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

QDate yearsCompleted(QDate from, int years)
{
    if (!from.isValid())
        return {};
    const QDate same(from.year() + years, from.month(), from.day());
    return same.isValid() ? same : QDate(from.year() + years, 3, 1);
}

int partyAge(const Member& member, QDate today)
{
    if (member.status != MemberStatus::Full || !member.fullOn.isValid())
        return -1;
    return ageOn(member.fullOn, today);
}

bool probationOverdue(const Member& member, QDate today)
{
    return member.status == MemberStatus::Probationary && member.joinedOn.isValid() &&
           today > yearsCompleted(member.joinedOn, 1);
}

bool politicalBirthdayInMonth(const Member& member, QDate month)
{
    return isPartyMember(member.status) && !member.hasLeft() && member.joinedOn.isValid() &&
           member.joinedOn.month() == month.month() && member.joinedOn.year() < month.year();
}

int yearsSinceJoining(const Member& member, QDate today)
{
    return ageOn(member.joinedOn, today);
}

bool fiftyYearMedalDue(const Member& member, int year)
{
    if (member.hasLeft() || member.status != MemberStatus::Full || !member.fullOn.isValid())
        return false;
    const QDate fifty = member.fullOn.addYears(50);
    return fifty <= QDate(year, 7, 1) && fifty > QDate(year - 1, 7, 1);
}

TermState termState(const Organisation& org, QDate today, int warnDays)
{
    if (!org.termEnd.isValid())
        return TermState::Unknown;
    if (org.termEnd < today)
        return TermState::Expired;
    if (today.daysTo(org.termEnd) <= warnDays)
        return TermState::ExpiringSoon;
    return TermState::Current;
}

} // namespace partydesk
