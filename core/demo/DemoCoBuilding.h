#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's co-building units' people, the three lists (needs, resources, projects), added inside
// buildDemo's transaction after the roster and the member's life. Returns the error text.
QString buildDemoCoBuilding(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
