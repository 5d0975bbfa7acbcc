#include "DemoDevelopment.h"

namespace partydesk {

QString buildDemoDevelopment(QSqlDatabase db, const DemoOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(options);
    return {};
}

} // namespace partydesk
