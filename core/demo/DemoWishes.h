#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's residents' micro-wishes, added inside buildDemo's transaction after the roster and the member's
// life. Returns the error text.
QString buildDemoWishes(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
