#pragma once

#include <QString>

namespace partydesk::bench {

// A community's year arriving at the district workspace: `package import --dry-run` and the import
// itself, each on a fresh copy of the district file (time and peak memory, medians of `runs`).
void benchPackageImport(const QString& program, const QString& district, const QString& community, int runs);

} // namespace partydesk::bench
