#pragma once

#include <QSize>
#include <QString>

namespace partydesk {

class Workspace;

// The windows of issue 12 for screenshots: "backups" (File → Backups and Restore), "audit" (the
// audit trail), "sign-in", "first-user" (a new workspace's first account) and "users". Returns an
// error message, or empty; an empty string and `*handled` false when `page` is none of these.
QString renderSafetyScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                               const QString& outFile, QSize size, bool* handled);
QStringList safetyScreenshotPages();

} // namespace partydesk
