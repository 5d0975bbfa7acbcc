#pragma once

#include <QDate>
#include <QList>

namespace partydesk {

// Money in fen (0.01 yuan): dues are signed for, so they are counted exactly, never in floating point.
using Fen = qint64;

// Which rule sets a member's monthly dues (the fact sheet in shared/domain.md).
enum class DuesBasis
{
    InWork,       // a share of after-tax monthly income, by bracket
    Retired,      // a share of the pension, by bracket
    FixedMinimum, // students, the unemployed, members on relief or minimum support: a fixed sum
    Farmer        // a fixed sum the branch sets within the table's range
};

// One bracket: income up to and including `upTo` (0: no upper bound) pays `basisPoints`/10,000 of it.
struct DuesBracket
{
    Fen upTo = 0;
    int basisPoints = 0;
};

// The rate table in force from `validFrom` (invalid: from always). A change of the table applies
// from its date and never rewrites the months before it.
struct DuesRateTable
{
    QDate validFrom;
    QList<DuesBracket> inWork;
    QList<DuesBracket> retired;
    Fen fixedMinimum = 20; // 0.20 yuan a month
    Fen farmerLowest = 20;
    Fen farmerHighest = 100;

    // The national table: in work ≤3000 yuan 0.5 %, ≤5000 1 %, ≤10000 1.5 %, above 2 %; retired
    // ≤5000 0.5 %, above 1 %; 0.20 yuan for students, the unemployed and members on relief;
    // farmers 0.20–1.00 yuan.
    static DuesRateTable standard();
};

// The table in force in `month` among `tables` (any order): the latest whose validFrom is not after
// the month's first day; nullptr when none is.
const DuesRateTable* duesTableFor(const QList<DuesRateTable>& tables, QDate month);

// A month's dues, in fen, rounded half up to the fen. `income` is the after-tax monthly income or
// pension (InWork, Retired); `farmerSum` the sum the branch set (Farmer), kept within the table's
// range. Negative income counts as none.
Fen monthlyDues(const DuesRateTable& table, DuesBasis basis, Fen income, Fen farmerSum = 0);

} // namespace partydesk
