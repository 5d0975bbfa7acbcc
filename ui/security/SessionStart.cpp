#include "SessionStart.h"

#include "FirstUserDialog.h"
#include "SignInDialog.h"
#include "Workspace.h"

namespace partydesk {

bool startSession(Workspace& workspace, bool newWorkspace)
{
    SecurityService& security = workspace.security();
    if (newWorkspace)
        security.markNewWorkspace();
    if (security.setting() == SignInSetting::Pending) {
        FirstUserDialog first(security);
        if (first.exec() != QDialog::Accepted)
            return false; // decided at the next start
        return true;      // signed in as the new admin, or working without sign-in
    }
    if (!workspace.session().signInRequired())
        return true;
    SignInDialog dialog(security, SignInDialog::Purpose::SignIn);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace partydesk
