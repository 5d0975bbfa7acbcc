#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's development data, added after the roster, the meetings and the ratings (inside buildDemo's
// transaction). Returns the error text.
QString buildDemoDevelopment(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
