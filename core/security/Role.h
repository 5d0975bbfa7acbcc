#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace partydesk {

// Who may do what when the workspace asks for sign-in (issue 12): 书记/管理员 everything,
// 党务干事 edits members and meetings and exports masked, 查看 reads and prints masked.
enum class Role
{
    Admin,
    Officer,
    Viewer
};

enum class Permission
{
    ManageUsers,       // users, sign-in settings
    ViewAudit,         // the audit trail page and its export
    EditOrganisations, // the organisation tree, grids, co-building units
    EditRating,        // star rating: templates, scores, finishing and reopening a year
    EditMembers,       // members, leaving, roster import
    EditMeetings,      // plans, meeting records, attendance
    ExportMasked,      // .xlsx/.pdf files with masked ID numbers
    PrintMasked,       // printing with masked ID numbers
    ShowFullIdNumbers  // showing, exporting or printing full ID numbers
};

namespace Roles {

bool allows(Role role, Permission permission);
// 'admin', 'officer', 'viewer' as stored in app_user.role.
QString code(Role role);
std::optional<Role> fromCode(const QString& code);
// The role's name for the user (书记/管理员, 党务干事, 查看).
QString displayName(Role role);
// Every role, strongest first.
QList<Role> all();
// What the permission lets one do, as the end of "… may not %1" (for refusals).
QString describe(Permission permission);

} // namespace Roles

} // namespace partydesk
