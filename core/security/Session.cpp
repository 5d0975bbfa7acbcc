#include "Session.h"

#include <QCoreApplication>

namespace partydesk {

bool Session::allows(Permission permission) const
{
    if (!m_required)
        return true;
    return signedIn() && Roles::allows(m_user.role, permission);
}

QString Session::refusal(Permission permission) const
{
    if (allows(permission))
        return {};
    if (!signedIn())
        return QCoreApplication::translate("Session", "This workspace asks for sign-in; sign in first.");
    return QCoreApplication::translate("Session", "%1 (%2) may not %3.")
        .arg(m_user.name, Roles::displayName(m_user.role), Roles::describe(permission));
}

} // namespace partydesk
