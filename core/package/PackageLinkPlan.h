#pragma once

#include "PackagePlan.h"
#include "PackageRows.h"
#include "YearPackage.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace partydesk::PackageImport {

// The rows without uids of a package (attendance, tags, prescribed actions done) matched with this
// workspace's by key: new, changed and the same into `plan->links`, and this workspace's rows of
// records the package carries that it no longer has into `plan->leftLinks`, with their counts.
// `sentUids`: the uids of the package's records by table. Returns an error, or empty.
QString planLinks(const QSqlDatabase& db, const PackageRows::Identities& names,
                  const QHash<QString, QSet<QString>>& sentUids, const YearPackage::Contents& contents,
                  Plan* plan);

} // namespace partydesk::PackageImport
