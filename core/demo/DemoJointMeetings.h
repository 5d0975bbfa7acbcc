#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's joint meetings with decisions, the chair rota and units' activities, added inside buildDemo's
// transaction after the roster and the member's life. Returns the error text.
QString buildDemoJointMeetings(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
