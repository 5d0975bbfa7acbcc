#pragma once

#include <QString>

namespace partydesk {

// An audit entry's detail as the user reads it, in the interface language. The entry itself is
// kept in a fixed technical form ("member 12 张三: phone: 139… → 138…", "roster: 400 rows, masked")
// so that its chained hash does not depend on the language it was recorded in; this only reads it:
// field codes become the form's labels, enum codes their names, the wording Chinese. What it does
// not recognise it shows as stored.
QString readableAuditDetail(const QString& detail);

} // namespace partydesk
