#pragma once

#include "TestSupport.h"

#include <QDateTime>

namespace partydesk::test {

// A street committee with one branch, saved while nobody needs to sign in; returns the branch.
qint64 addStreetWithBranch(Workspace& ws);

// Users of every role in `ws` (sign-in on, created by the first admin "书记"), each with the
// password "<name>-password". Leaves the first admin signed in.
struct Staff
{
    static constexpr const char* admin = "书记";
    static constexpr const char* officer = "干事";
    static constexpr const char* viewer = "查看员";
    static QString password(const char* name)
    {
        return QString::fromUtf8(name) + QStringLiteral("-password");
    }
};
void addStaff(Workspace& ws);
// Signs in as `name` (one of Staff's), REQUIREs success.
void signInAs(Workspace& ws, const char* name);

} // namespace partydesk::test
