#pragma once

#include "report/TableReport.h"
#include "Transfer.h"

#include <QHash>
#include <QList>

namespace partydesk {

// The register of transfers (组织关系转接登记) as listed: date, name, direction, from, to, letter
// number and receipt ("no receipt" for a transfer out still waiting). `organisation` and `filter`
// name what the list holds in the subtitle.
TableReport transferReport(const QList<Transfer>& transfers, const QHash<qint64, QString>& orgNames,
                           const QString& organisation, const QString& filter, QDate today);

} // namespace partydesk
