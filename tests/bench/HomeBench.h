#pragma once

#include <QString>

namespace partydesk::bench {

// Times the home page at district scale: the whole agenda and the figures for the whole district
// and for its first community, then each part of the agenda alone. Prints the figures and
// records them (BenchSupport's record()).
void benchHomePage(const QString& dbPath, int runs);

} // namespace partydesk::bench
