#include "DemoTransfers.h"

namespace partydesk {

QString buildDemoTransfers(QSqlDatabase db, const DemoOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(options);
    return {};
}

} // namespace partydesk
