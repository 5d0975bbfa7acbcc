#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's appraisal data, added after the roster, the meetings and the ratings (inside buildDemo's
// transaction). Returns the error text.
QString buildDemoAppraisal(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
