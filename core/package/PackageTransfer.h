#pragma once

#include "PackageKeys.h"

#include <QByteArray>
#include <QString>

namespace partydesk {

class Workspace;

// How packages leave a workspace and arrive in one, the same for the command line and the window.
namespace PackageTransfer {

enum class Content
{
    Year, // a community's year, for its street (YearPackage)
    Plan  // a street's rating template and theme-day plan of a year, for a community (PlanPackage)
};

// Builds the package of `year`, seals it for `recipient` with this workspace's signing key, writes it
// to `path` (in place only when whole) and records the export in the audit log; the error for the user,
// or empty. A year's package goes out under the community committee's name, a plan under the top of the
// tree's (the street committee): the receiver sees who sent it.
QString write(Workspace& workspace, Content content, int year, const PackageKeys::Named& recipient,
              const QString& path);

// A package opened with this workspace's keys: its payload and who signed it, or the error for the user.
struct Received
{
    QByteArray payload;
    QByteArray senderKey;
    QString senderName; // as this workspace trusts it
    Content content = Content::Year;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
Received open(const QString& path, const PackageKeys& keys, const PackageKeys::Own& own);

} // namespace PackageTransfer

} // namespace partydesk
