#pragma once

#include "domain/Organisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace partydesk {

// Names as lists show them: a Party group carries its branch's name, since every branch has a
// "第一党小组".
QHash<qint64, QString> organisationDisplayNames(const QList<Organisation>& organisations);

} // namespace partydesk
