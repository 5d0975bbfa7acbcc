#include "DemoFund.h"

namespace partydesk {

QString buildDemoFund(QSqlDatabase, const DemoOptions&)
{
    return {};
}

} // namespace partydesk
