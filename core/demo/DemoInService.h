#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's service posts, claims and in-service members' service records, added inside buildDemo's
// transaction after the roster and the member's life. Returns the error text.
QString buildDemoInService(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
