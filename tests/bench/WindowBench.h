#pragma once

#include <QString>
#include <vector>

namespace partydesk::bench {

struct StartTimes
{
    double open = 0, window = 0, painted = 0, loaded = 0, checked = 0;
};

// From nothing to a painted roster: open the workspace (and check a file), build the window (tree
// and roster loaded), show it and paint it. `sampleQueries`, when given, receives searches typed
// as a clerk would type them, taken from the roster.
StartTimes startOnce(const QString& path, int run, std::vector<QString>* sampleQueries);

// Types each query one character at a time into the search box; each keystroke is timed until
// the visible rows are repainted. A negative `sortColumn` first times sorting by three columns.
std::vector<double> searchKeystrokes(const QString& path, const std::vector<QString>& queries, int sortColumn,
                                     int* lastCount);

} // namespace partydesk::bench
