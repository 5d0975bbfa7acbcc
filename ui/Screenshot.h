#pragma once

#include <QSize>
#include <QString>

class QDialog;
class QWidget;

namespace partydesk {

class Workspace;

// Renders a page of the real main window at `size` (invalid: 1366×800), or a form or dialog at its
// own size on a screen of `size`, to PNG, without a display. Pages: screenshotPages(). Returns an
// error message, or empty.
QString renderScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                         const QString& outFile, QSize size = {});
QStringList screenshotPages();

// Shows `widget` at `size` (invalid: its own) and saves it as PNG. Returns an error message, or empty.
QString saveWidgetScreenshot(QWidget& widget, const QString& outFile, QSize size);
// A dialog as it opens on a screen of `screen` (invalid: 1366×768): at its own size, centred on an
// empty desktop under a title bar. Returns an error message, or empty.
QString saveDialogScreenshot(QDialog& dialog, const QString& outFile, QSize screen);

} // namespace partydesk
