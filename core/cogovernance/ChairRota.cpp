#include "ChairRota.h"

namespace partydesk {

namespace {

// Seated for the whole of `month` (its first day given): joined by its first day and not leaving
// in it or before.
bool seatedIn(const RotaUnit& unit, QDate month)
{
    const QDate nextMonth = month.addMonths(1);
    if (unit.joinedOn.isValid() && unit.joinedOn > month)
        return false;
    if (unit.leftOn.isValid() && unit.leftOn < nextMonth)
        return false;
    return true;
}

} // namespace

QList<qint64> chairRota(const QList<RotaUnit>& units, int year, qint64 lastChair)
{
    QList<qint64> rota;
    // Where the turn stands: the index of the unit that chaired last (-1: none yet).
    int turn = -1;
    for (int i = 0; i < units.size(); ++i)
        if (units[i].unitId == lastChair)
            turn = i;
    for (int m = 1; m <= 12; ++m) {
        const QDate month(year, m, 1);
        qint64 chair = 0;
        for (int step = 1; step <= units.size(); ++step) {
            const int candidate = (turn + step) % int(units.size());
            if (seatedIn(units[candidate], month)) {
                chair = units[candidate].unitId;
                turn = candidate;
                break;
            }
        }
        rota << chair;
    }
    return rota;
}

} // namespace partydesk
