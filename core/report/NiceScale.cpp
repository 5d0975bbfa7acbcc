#include "NiceScale.h"

#include <algorithm>
#include <cmath>

namespace partydesk {

namespace {

// The smallest step of 1, 2 or 5 × 10ⁿ that is at least `raw` (> 0).
double niceStepAtLeast(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        // A relative tolerance: 0.3 / 0.1 must not become 3.0000000004 → 5.
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

int decimalsOf(double step)
{
    if (step >= 1)
        return 0;
    return std::max(0, int(std::ceil(-std::log10(step) - 1e-9)));
}

} // namespace

int NiceScale::intervals() const
{
    return step > 0 ? int(std::lround((max - min) / step)) : 0;
}

QList<double> NiceScale::ticks() const
{
    QList<double> values;
    const double unit = std::pow(10.0, decimals);
    for (int i = 0; i <= intervals(); ++i)
        values << std::round((min + i * step) * unit) / unit;
    return values;
}

double nextNiceStep(double step)
{
    return niceStepAtLeast(step * 1.5);
}

NiceScale niceScale(double low, double high, int maxIntervals, bool integers)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    if (low > high)
        std::swap(low, high);
    maxIntervals = std::max(1, maxIntervals);
    double span = high - low;
    if (span <= 0) {
        // One value: a scale from zero up to it (or down to it), or 0..1 around zero.
        const double magnitude = std::abs(low);
        if (magnitude == 0)
            high = 1;
        else if (low > 0)
            low = 0;
        else
            high = 0;
        span = high - low;
    }
    double step = niceStepAtLeast(span / maxIntervals);
    if (integers)
        step = std::max(step, 1.0);
    NiceScale scale;
    for (;;) {
        // floor/ceil with a tolerance: 105 / 20 is not 5.25000001 intervals.
        scale.min = std::floor(low / step + 1e-9) * step;
        scale.max = std::ceil(high / step - 1e-9) * step;
        scale.step = step;
        if (scale.max <= scale.min)
            scale.max = scale.min + step;
        if (scale.intervals() <= maxIntervals)
            break;
        step = nextNiceStep(step);
    }
    scale.decimals = decimalsOf(step);
    return scale;
}

} // namespace partydesk
