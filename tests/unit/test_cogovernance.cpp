#include "cogovernance/ChairRota.h"
#include "cogovernance/ServiceFund.h"

#include <catch2/catch.hpp>

using namespace partydesk;

TEST_CASE("The rotating chair goes round the seated units one a month, on from last year's", "[cogovernance]")
{
    const QList<RotaUnit> units = {{11, {}, {}}, {12, {}, {}}, {13, {}, {}}};
    CHECK(chairRota(units, 2027) == QList<qint64>{11, 12, 13, 11, 12, 13, 11, 12, 13, 11, 12, 13});
    // December 2026 was unit 12's: January goes on with 13.
    CHECK(chairRota(units, 2027, 12) == QList<qint64>{13, 11, 12, 13, 11, 12, 13, 11, 12, 13, 11, 12});
    CHECK(chairRota({}, 2027) == QList<qint64>(12, 0));
}

TEST_CASE("A unit chairs only the months it is seated for, and keeps its place in the order",
          "[cogovernance]")
{
    // 12 leaves on 10 May 2027 (May is not its any more); 14 joins on 3 March (from April).
    const QList<RotaUnit> units = {
        {11, {}, {}}, {12, {}, QDate(2027, 5, 10)}, {13, {}, {}}, {14, QDate(2027, 3, 3), {}}};
    // Jan 11, Feb 12, Mar 13, Apr 14 (seated from April), May 11, Jun 13 (12 has left), …
    CHECK(chairRota(units, 2027) == QList<qint64>{11, 12, 13, 14, 11, 13, 14, 11, 13, 14, 11, 13});
}

TEST_CASE("The service fund's year is exact to the fen: spent, balance, by category and month",
          "[cogovernance]")
{
    // A budget of 500,000.00 yuan; two projects approved this year, one last year still paying.
    const QList<FundProject> projects = {{1, QStringLiteral("帮困救助"), QDate(2027, 2, 20), 8000000},
                                         {2, QStringLiteral("环境整治"), QDate(2027, 3, 15), 1200050},
                                         {3, QStringLiteral("环境整治"), QDate(2026, 11, 2), 300000}};
    const QList<FundSpending> spending = {{1, QDate(2027, 3, 1), 2500033},  {1, QDate(2027, 3, 28), 1000000},
                                          {2, QDate(2027, 4, 9), 1200051}, // one fen over
                                          {3, QDate(2026, 12, 20), 200000}, {3, QDate(2027, 1, 5), 100000},
                                          {9, QDate(2027, 1, 5), 777}}; // no such project
    const FundYear y = fundYear(50000000, projects, spending, 2027);
    CHECK(y.approved == 9200050);
    CHECK(y.uncommitted == 50000000 - 9200050);
    CHECK(y.spent == 2500033 + 1000000 + 1200051 + 100000);
    CHECK(y.balance == 50000000 - 4800084);
    CHECK(y.spentByCategory.value(QStringLiteral("帮困救助")) == 3500033);
    CHECK(y.spentByCategory.value(QStringLiteral("环境整治")) == 1300051);
    CHECK(y.spentInMonth[0] == 100000);
    CHECK(y.spentInMonth[2] == 3500033);
    CHECK(y.unspentAtMonthEnd[1] == 50000000 - 100000);
    CHECK(y.unspentAtMonthEnd[11] == y.balance);
    // Project 3 spent 3,000.00 over two years of its 3,000.00: not over; project 2 is one fen over.
    CHECK(y.overspentProjects == QList<qint64>{2});
}
