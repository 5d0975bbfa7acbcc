#pragma once

#include "DemoData.h"

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The demo's the service fund (budgets, projects, spending, evaluation), added inside buildDemo's transaction
// after the roster and the member's life. Returns the error text.
QString buildDemoFund(QSqlDatabase db, const DemoOptions& options);

} // namespace partydesk
