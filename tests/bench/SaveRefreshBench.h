#pragma once

#include <QString>
#include <vector>

namespace partydesk::bench {

// Times `runs` member saves in the district's window, sorted by name: each from the save through
// the member form's service until the roster is repainted, in milliseconds. Most saves change a
// phone number; every fifth a name, so the row moves. Works on a copy of the file: the one given
// is never written.
std::vector<double> saveRefreshTimes(const QString& dbPath, int runs);

} // namespace partydesk::bench
