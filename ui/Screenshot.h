#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace partydesk {

class Workspace;

// Renders a page of the real main window (or a form) to PNG, without a display, at `size` (an
// invalid size: the window's or form's own). Pages: screenshotPages(). Returns an error message,
// or empty.
QString renderScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                         const QString& outFile, QSize size = {});
QStringList screenshotPages();

// Shows `widget` at `size` (invalid: its own) and saves it as PNG. Returns an error message, or empty.
QString saveWidgetScreenshot(QWidget& widget, const QString& outFile, QSize size);

} // namespace partydesk
