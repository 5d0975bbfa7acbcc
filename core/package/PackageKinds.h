#pragma once

#include <QString>

namespace partydesk::PackageKinds {

// What the records of a package's table are called, as a heading of their counts ("members").
QString plural(const QString& table);
// What one record of the table is called, before its name ("member 张三").
QString singular(const QString& table);

} // namespace partydesk::PackageKinds
