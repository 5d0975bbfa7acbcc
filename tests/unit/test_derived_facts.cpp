#include "domain/DerivedFacts.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

TEST_CASE("Age counts whole years", "[derived]")
{
    CHECK(ageOn(QDate(1980, 11, 16), QDate(2026, 11, 15)) == 45);
    CHECK(ageOn(QDate(1980, 11, 15), QDate(2026, 11, 15)) == 46);
    CHECK(ageOn(QDate(), QDate(2026, 11, 15)) == -1);
}

TEST_CASE("Party age counts from full membership", "[derived]")
{
    Member m;
    m.status = MemberStatus::Full;
    m.joinedOn = QDate(2000, 7, 1);
    m.fullOn = QDate(2001, 7, 1);
    CHECK(partyAge(m, QDate(2026, 6, 30)) == 24);
    CHECK(partyAge(m, QDate(2026, 7, 1)) == 25);
    m.status = MemberStatus::Probationary;
    CHECK(partyAge(m, QDate(2026, 7, 1)) == -1);
}

TEST_CASE("Probation is overdue after one year", "[derived]")
{
    Member m;
    m.status = MemberStatus::Probationary;
    m.joinedOn = QDate(2025, 11, 15);
    CHECK_FALSE(probationOverdue(m, QDate(2026, 11, 15)));
    CHECK(probationOverdue(m, QDate(2026, 11, 16)));
    m.status = MemberStatus::Full;
    CHECK_FALSE(probationOverdue(m, QDate(2026, 11, 16)));
}

TEST_CASE("Political birthdays fall in the month of joining", "[derived]")
{
    Member m;
    m.status = MemberStatus::Full;
    m.joinedOn = QDate(1996, 11, 3);
    m.fullOn = QDate(1997, 11, 3);
    CHECK(politicalBirthdayInMonth(m, QDate(2026, 11, 20)));
    CHECK_FALSE(politicalBirthdayInMonth(m, QDate(2026, 10, 20)));
    CHECK(yearsSinceJoining(m, QDate(2026, 11, 20)) == 30);
    m.leftOn = QDate(2020, 1, 1);
    CHECK_FALSE(politicalBirthdayInMonth(m, QDate(2026, 11, 20)));
}

TEST_CASE("The 50-year medal is due in the year Party age reaches 50 by 1 July", "[derived]")
{
    Member m;
    m.status = MemberStatus::Full;
    m.fullOn = QDate(1976, 6, 30);
    CHECK(fiftyYearMedalDue(m, 2026));
    CHECK_FALSE(fiftyYearMedalDue(m, 2025));
    CHECK_FALSE(fiftyYearMedalDue(m, 2027)); // awarded the year before
    m.fullOn = QDate(1976, 7, 2);
    CHECK_FALSE(fiftyYearMedalDue(m, 2026));
    CHECK(fiftyYearMedalDue(m, 2027));
}

TEST_CASE("Committee terms warn before they expire", "[derived]")
{
    Organisation org;
    CHECK(termState(org, QDate(2026, 11, 15)) == TermState::Unknown);
    org.termEnd = QDate(2027, 1, 10);
    CHECK(termState(org, QDate(2026, 11, 15)) == TermState::ExpiringSoon);
    CHECK(termState(org, QDate(2026, 6, 1)) == TermState::Current);
    CHECK(termState(org, QDate(2027, 1, 11)) == TermState::Expired);
}
