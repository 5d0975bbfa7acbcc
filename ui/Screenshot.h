#pragma once

#include <QString>

namespace partydesk {

class Workspace;

// Renders a page of the real main window (or a form) to PNG, without a display.
// Pages: roster, organisation, member-form, org-form. Returns an error message, or empty.
QString renderScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                         const QString& outFile);
QStringList screenshotPages();

} // namespace partydesk
