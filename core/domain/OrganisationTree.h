#pragma once

#include "Organisation.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace partydesk {

// The organisation `rootId` and every organisation below it.
QSet<qint64> subtreeIds(const QList<Organisation>& organisations, qint64 rootId);

// Names as lists show them: a Party group carries its branch's name, since every branch has a
// "第一党小组".
// Display names made unique for files that are read back (roster exports): a name several
// organisations share is written with the organisations above it, "东风社区党委/第一网格党支部".
QHash<qint64, QString> uniqueOrganisationNames(const QList<Organisation>& organisations);
QHash<qint64, QString> organisationDisplayNames(const QList<Organisation>& organisations);

} // namespace partydesk
