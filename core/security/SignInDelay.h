#pragma once

namespace partydesk::SignInDelay {

// Seconds to wait before the next try after `failures` wrong passwords in a row: none for the
// first two slips, then 5 s, doubling each time, at most 15 minutes.
constexpr int freeFailures = 2;
constexpr int maximumSeconds = 15 * 60;

inline int secondsAfter(int failures)
{
    if (failures <= freeFailures)
        return 0;
    int seconds = 5;
    for (int n = freeFailures + 1; n < failures && seconds < maximumSeconds; ++n)
        seconds *= 2;
    return seconds < maximumSeconds ? seconds : maximumSeconds;
}

} // namespace partydesk::SignInDelay
