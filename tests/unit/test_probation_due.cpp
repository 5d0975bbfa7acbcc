// Probation ending in the next 60 days, and overdue (hand-computed dates).
#include "development/ProbationDue.h"
#include "domain/DerivedFacts.h"

#include <catch2/catch.hpp>

using namespace partydesk;

namespace {

RosterRow probationary(qint64 id, QDate joined)
{
    RosterRow row;
    row.id = id;
    row.name = QStringLiteral("预备%1").arg(id);
    row.orgId = 7;
    row.status = MemberStatus::Probationary;
    row.joinedOn = joined;
    return row;
}

} // namespace

TEST_CASE("Probations ending within 60 days and overdue ones are listed, the longest overdue first",
          "[development]")
{
    const QDate today(2026, 11, 23);
    std::vector<RosterRow> roster{
        probationary(1, QDate(2025, 12, 1)),  // ends 2026-12-01: 8 days left
        probationary(2, QDate(2026, 1, 22)),  // ends 2027-01-22: exactly 60 days left
        probationary(3, QDate(2026, 1, 23)),  // ends 2027-01-23: 61 days, not yet
        probationary(4, QDate(2025, 11, 23)), // ends today: 0 days left, not overdue
        probationary(5, QDate(2025, 9, 1)),   // ended 2026-09-01: 83 days overdue
        probationary(6, QDate(2025, 11, 1)),  // ended 2026-11-01: 22 days overdue
    };
    RosterRow left = probationary(7, QDate(2025, 1, 1));
    left.leftOn = QDate(2026, 3, 1);
    roster.push_back(left);
    RosterRow full = probationary(8, QDate(2024, 1, 1));
    full.status = MemberStatus::Full;
    roster.push_back(full);
    roster.push_back(probationary(9, QDate())); // no admission date: cannot be computed

    const QList<ProbationDue> due = probationsDue(roster, today);
    REQUIRE(due.size() == 5);
    CHECK(due[0].memberId == 5);
    CHECK(due[0].daysLeft == -83);
    CHECK(due[0].overdue());
    CHECK(due[1].memberId == 6);
    CHECK(due[1].daysLeft == -22);
    CHECK(due[2].memberId == 4);
    CHECK(due[2].daysLeft == 0);
    CHECK_FALSE(due[2].overdue());
    CHECK(due[3].memberId == 1);
    CHECK(due[3].endsOn == QDate(2026, 12, 1));
    CHECK(due[3].daysLeft == 8);
    CHECK(due[4].memberId == 2);
    CHECK(due[4].daysLeft == 60);
}

TEST_CASE("A probation from 29 February ends on 1 March, as the overdue rule counts it", "[development]")
{
    const std::vector<RosterRow> roster{probationary(1, QDate(2024, 2, 29))};
    const QList<ProbationDue> due = probationsDue(roster, QDate(2025, 3, 1));
    REQUIRE(due.size() == 1);
    CHECK(due[0].endsOn == QDate(2025, 3, 1));
    CHECK(due[0].daysLeft == 0);
    // The day after, the list and probationOverdue agree.
    Member member;
    member.status = MemberStatus::Probationary;
    member.joinedOn = QDate(2024, 2, 29);
    CHECK(probationsDue(roster, QDate(2025, 3, 2))[0].overdue() == probationOverdue(member, QDate(2025, 3, 2)));
    CHECK(probationOverdue(member, QDate(2025, 3, 2)));
}
