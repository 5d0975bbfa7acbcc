#include "ScreenshotSafety.h"

#include "audit/AuditPage.h"
#include "backup/BackupDialog.h"
#include "Screenshot.h"
#include "security/FirstUserDialog.h"
#include "security/SignInDialog.h"
#include "security/UsersDialog.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QStringList>
#include <QWidget>

namespace partydesk {

QStringList safetyScreenshotPages()
{
    return {QStringLiteral("backups"), QStringLiteral("audit"), QStringLiteral("sign-in"),
            QStringLiteral("first-user"), QStringLiteral("users")};
}

QString renderSafetyScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                               const QString& outFile, QSize size, bool* handled)
{
    *handled = true;
    if (page == QLatin1String("backups")) {
        BackupDialog dialog(workspace, databasePath);
        return saveDialogScreenshot(dialog, outFile, size);
    }
    if (page == QLatin1String("audit")) {
        AuditPage audit(workspace);
        return saveDialogScreenshot(audit, outFile, size);
    }
    if (page == QLatin1String("sign-in")) {
        SignInDialog dialog(workspace.security(), SignInDialog::Purpose::SignIn);
        return saveDialogScreenshot(dialog, outFile, size);
    }
    if (page == QLatin1String("first-user")) {
        FirstUserDialog dialog(workspace.security());
        return saveDialogScreenshot(dialog, outFile, size);
    }
    if (page == QLatin1String("users")) {
        UsersDialog dialog(workspace.security());
        return saveDialogScreenshot(dialog, outFile, size);
    }
    *handled = false;
    return {};
}

} // namespace partydesk
