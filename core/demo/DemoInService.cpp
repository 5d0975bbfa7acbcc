#include "DemoInService.h"

namespace partydesk {

QString buildDemoInService(QSqlDatabase, const DemoOptions&)
{
    return {};
}

} // namespace partydesk
