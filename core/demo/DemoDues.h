#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's dues data, added after the roster, the meetings and the ratings (inside buildDemo's
// transaction). Returns the error text.
QString buildDemoDues(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
