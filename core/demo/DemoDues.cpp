#include "DemoDues.h"

namespace partydesk {

QString buildDemoDues(QSqlDatabase db, const DemoOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(options);
    return {};
}

} // namespace partydesk
