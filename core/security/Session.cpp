#include "Session.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

bool onlyReads(Permission permission)
{
    return permission == Permission::ExportMasked || permission == Permission::PrintMasked ||
           permission == Permission::ViewAudit;
}

} // namespace

bool Session::allows(Permission permission) const
{
    if (!m_readOnly.isEmpty() && !onlyReads(permission))
        return false;
    if (!m_required)
        return true;
    return signedIn() && Roles::allows(m_user.role, permission);
}

QString Session::refusal(Permission permission) const
{
    if (allows(permission))
        return {};
    if (!m_readOnly.isEmpty() && !onlyReads(permission))
        return m_readOnly;
    if (!signedIn())
        return QCoreApplication::translate("Session", "This workspace asks for sign-in; sign in first.");
    return QCoreApplication::translate("Session", "%1 (%2) may not %3.")
        .arg(m_user.name, Roles::displayName(m_user.role), Roles::describe(permission));
}

} // namespace partydesk
