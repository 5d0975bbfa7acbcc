#pragma once

#include <QList>

namespace partydesk {

// An axis a reader takes in at a glance: it starts and ends on a tick, and its ticks are a step of
// 1, 2 or 5 × 10ⁿ apart (0/20/40…, never 0/26/52…). Pure arithmetic, for any chart or table.
struct NiceScale
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0; // digits after the point each tick label needs (0 for a step of 1 or more)

    int intervals() const;
    int tickCount() const { return intervals() + 1; }
    // The ticks from min to max, rounded to `decimals`.
    QList<double> ticks() const;
};

// The smallest nice scale covering low..high with at most `maxIntervals` steps (at least 1). With
// `integers` (counts of people, branches, meetings) every step is a whole number. An empty range
// (0..0, 7..7) widens to a step around its value; not finite values give 0..1.
NiceScale niceScale(double low, double high, int maxIntervals = 6, bool integers = false);

// The next nice step above `step` (1 → 2 → 5 → 10 …); `step` must be positive.
double nextNiceStep(double step);

} // namespace partydesk
