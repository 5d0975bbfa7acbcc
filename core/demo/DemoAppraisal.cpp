#include "DemoAppraisal.h"

namespace partydesk {

QString buildDemoAppraisal(QSqlDatabase db, const DemoOptions& options)
{
    Q_UNUSED(db);
    Q_UNUSED(options);
    return {};
}

} // namespace partydesk
