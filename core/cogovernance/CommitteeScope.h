#pragma once

#include "domain/Organisation.h"

#include <QList>

namespace partydesk {

// Co-governance records (service posts, the three lists, joint meetings, the service fund) belong to
// a community's (big) committee. These say which committee a selection in the organisation tree
// stands for.

// The selection itself when it is a community committee, else the nearest one above it; 0 when the
// selection is above community level (a street, the whole workspace) or unknown.
qint64 committeeOf(const QList<Organisation>& organisations, qint64 orgId);

// Every community committee at or under the selection, in tree order (0: the whole workspace);
// for the selection inside one community, that community alone.
QList<qint64> committeesUnder(const QList<Organisation>& organisations, qint64 orgId);

} // namespace partydesk
