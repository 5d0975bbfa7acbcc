#include "DuesRate.h"

#include <algorithm>

namespace partydesk {

namespace {

Fen shareOf(const QList<DuesBracket>& brackets, Fen income)
{
    income = std::max<Fen>(income, 0);
    for (const DuesBracket& bracket : brackets)
        if (bracket.upTo == 0 || income <= bracket.upTo)
            // Half up to the fen: (income × bp + 5,000) / 10,000, all in integers.
            return (income * bracket.basisPoints + 5000) / 10000;
    return 0;
}

} // namespace

DuesRateTable DuesRateTable::standard()
{
    DuesRateTable table;
    table.inWork = {{300000, 50}, {500000, 100}, {1000000, 150}, {0, 200}};
    table.retired = {{500000, 50}, {0, 100}};
    return table;
}

const DuesRateTable* duesTableFor(const QList<DuesRateTable>& tables, QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    const DuesRateTable* found = nullptr;
    for (const DuesRateTable& table : tables) {
        if (table.validFrom.isValid() && table.validFrom > first)
            continue;
        if (!found || (table.validFrom.isValid() && (!found->validFrom.isValid() || table.validFrom > found->validFrom)))
            found = &table;
    }
    return found;
}

Fen monthlyDues(const DuesRateTable& table, DuesBasis basis, Fen income, Fen farmerSum)
{
    switch (basis) {
    case DuesBasis::InWork:
        return shareOf(table.inWork, income);
    case DuesBasis::Retired:
        return shareOf(table.retired, income);
    case DuesBasis::FixedMinimum:
        return table.fixedMinimum;
    case DuesBasis::Farmer:
        return std::clamp(farmerSum, table.farmerLowest, table.farmerHighest);
    }
    return 0;
}

} // namespace partydesk
