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
QHash<qint64, QString> organisationDisplayNames(const QList<Organisation>& organisations);

} // namespace partydesk
