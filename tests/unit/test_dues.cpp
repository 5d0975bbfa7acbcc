// Party dues by the national table, exact to the fen (hand-computed cases).
#include "dues/DuesRate.h"

#include <catch2/catch.hpp>

using namespace partydesk;

TEST_CASE("Dues of members in work follow the income brackets, the bracket's upper bound included",
          "[dues]")
{
    const DuesRateTable table = DuesRateTable::standard();
    CHECK(monthlyDues(table, DuesBasis::InWork, 280000) == 1400);   // 2,800 × 0.5 % = 14.00
    CHECK(monthlyDues(table, DuesBasis::InWork, 300000) == 1500);   // 3,000 is still 0.5 %
    CHECK(monthlyDues(table, DuesBasis::InWork, 300001) == 3000);   // 3,000.01 × 1 % = 30.0001 → 30.00
    CHECK(monthlyDues(table, DuesBasis::InWork, 456789) == 4568);   // 4,567.89 × 1 % = 45.6789 → 45.68
    CHECK(monthlyDues(table, DuesBasis::InWork, 500000) == 5000);
    CHECK(monthlyDues(table, DuesBasis::InWork, 823450) == 12352);  // 8,234.50 × 1.5 % = 123.5175 → 123.52
    CHECK(monthlyDues(table, DuesBasis::InWork, 1000000) == 15000); // 10,000 × 1.5 %
    CHECK(monthlyDues(table, DuesBasis::InWork, 1234567) == 24691); // 12,345.67 × 2 % = 246.9134 → 246.91
    CHECK(monthlyDues(table, DuesBasis::InWork, 0) == 0);
    CHECK(monthlyDues(table, DuesBasis::InWork, -500) == 0);
    // Half up: 0.5 % of 1.01 yuan is 0.505 fen → 1 fen.
    CHECK(monthlyDues(table, DuesBasis::InWork, 101) == 1);
}

TEST_CASE("Retired members, fixed sums and farmers", "[dues]")
{
    const DuesRateTable table = DuesRateTable::standard();
    CHECK(monthlyDues(table, DuesBasis::Retired, 420000) == 2100); // 4,200 × 0.5 %
    CHECK(monthlyDues(table, DuesBasis::Retired, 500000) == 2500);
    CHECK(monthlyDues(table, DuesBasis::Retired, 612345) == 6123); // 6,123.45 × 1 % = 61.2345 → 61.23
    CHECK(monthlyDues(table, DuesBasis::FixedMinimum, 999999) == 20);
    CHECK(monthlyDues(table, DuesBasis::Farmer, 0, 50) == 50);
    CHECK(monthlyDues(table, DuesBasis::Farmer, 0, 5) == 20);   // below the range: its lowest
    CHECK(monthlyDues(table, DuesBasis::Farmer, 0, 500) == 100); // above: its highest
}

TEST_CASE("A new rate table applies from its date and leaves the months before it alone", "[dues]")
{
    DuesRateTable old = DuesRateTable::standard();
    DuesRateTable changed = DuesRateTable::standard();
    changed.validFrom = QDate(2027, 1, 1);
    changed.fixedMinimum = 50;
    const QList<DuesRateTable> tables{changed, old};
    REQUIRE(duesTableFor(tables, QDate(2026, 12, 31)));
    CHECK(monthlyDues(*duesTableFor(tables, QDate(2026, 12, 31)), DuesBasis::FixedMinimum, 0) == 20);
    CHECK(monthlyDues(*duesTableFor(tables, QDate(2027, 1, 15)), DuesBasis::FixedMinimum, 0) == 50);

    // Only tables from a date: none before the first.
    const QList<DuesRateTable> dated{changed};
    CHECK(duesTableFor(dated, QDate(2026, 6, 1)) == nullptr);
    CHECK(duesTableFor(dated, QDate(2027, 3, 1)) != nullptr);
}
