#include "DemoCoBuilding.h"

namespace partydesk {

QString buildDemoCoBuilding(QSqlDatabase, const DemoOptions&)
{
    return {};
}

} // namespace partydesk
