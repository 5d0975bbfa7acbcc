#include "DemoJointMeetings.h"

namespace partydesk {

QString buildDemoJointMeetings(QSqlDatabase, const DemoOptions&)
{
    return {};
}

} // namespace partydesk
