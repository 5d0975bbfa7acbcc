#include "DemoWishes.h"

namespace partydesk {

QString buildDemoWishes(QSqlDatabase, const DemoOptions&)
{
    return {};
}

} // namespace partydesk
