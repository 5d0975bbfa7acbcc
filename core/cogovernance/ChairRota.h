#pragma once

#include <QDate>
#include <QList>

namespace partydesk {

// A co-building unit as the rota of the big committee's rotating chair (轮值主席) sees it: seated
// from `joinedOn` (invalid: always) until `leftOn` (invalid: still seated; the month of leaving
// is not chaired any more).
struct RotaUnit
{
    qint64 unitId = 0;
    QDate joinedOn;
    QDate leftOn;
};

// The chair of each month of `year` (12 ids; 0 for a month with no unit seated): the units take
// turns in the order given, one a month, going on after `lastChair` (the unit that chaired the
// month before the year; 0 or unknown: the first unit starts). A unit not seated in a month is
// passed over that month and keeps its place in the order. The rota is a proposal: the committee
// edits single months afterwards.
QList<qint64> chairRota(const QList<RotaUnit>& units, int year, qint64 lastChair = 0);

} // namespace partydesk
