#include "Role.h"

#include <QCoreApplication>

namespace partydesk::Roles {

bool allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Officer:
        return permission == Permission::EditMembers || permission == Permission::EditMeetings ||
               permission == Permission::ExportMasked || permission == Permission::PrintMasked;
    case Role::Viewer:
        return permission == Permission::PrintMasked;
    }
    return false;
}

QString code(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> fromCode(const QString& text)
{
    for (Role role : all())
        if (code(role) == text)
            return role;
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Roles", "Secretary / administrator");
    case Role::Officer:
        return QCoreApplication::translate("Roles", "Party affairs officer");
    case Role::Viewer:
        return QCoreApplication::translate("Roles", "Viewer");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Admin, Role::Officer, Role::Viewer};
}

QString describe(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return QCoreApplication::translate("Roles", "manage users and sign-in");
    case Permission::ViewAudit:
        return QCoreApplication::translate("Roles", "see the audit trail");
    case Permission::EditOrganisations:
        return QCoreApplication::translate("Roles", "change organisations");
    case Permission::EditRating:
        return QCoreApplication::translate("Roles", "change the star rating");
    case Permission::EditMembers:
        return QCoreApplication::translate("Roles", "change members");
    case Permission::EditMeetings:
        return QCoreApplication::translate("Roles", "change meetings");
    case Permission::ExportMasked:
        return QCoreApplication::translate("Roles", "export files");
    case Permission::PrintMasked:
        return QCoreApplication::translate("Roles", "print");
    case Permission::ShowFullIdNumbers:
        return QCoreApplication::translate("Roles", "show, export or print full ID numbers");
    }
    return {};
}

} // namespace partydesk::Roles
