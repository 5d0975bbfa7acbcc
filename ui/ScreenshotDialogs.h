#pragma once

#include <QSize>
#include <QStringList>

namespace partydesk {

class Workspace;

// The screenshot names of the forms and dialogs (member, organisation, grid, co-building unit,
// leaving, transfer, dues payment, development step, meeting, month's plan, template editor, export,
// micro-wish, joint meeting, fund project, server connection), each opened on a record of the workspace.
QStringList dialogScreenshotPages();
// Renders `page` at its own size on a desktop of `screen` (saveDialogScreenshot). Sets `*handled`
// false when `page` is not a dialog's name. Returns an error message, or empty.
QString renderDialogScreenshot(Workspace& workspace, const QString& page, const QString& outFile,
                               QSize screen, bool* handled);

} // namespace partydesk
