#include "Screenshot.h"

#include "forms/FormFit.h"
#include "forms/FormScreenshot.h"
#include "help/HelpWindow.h"
#include "home/HomePage.h"
#include "mainwindow/MainWindow.h"
#include "ScreenshotDialogs.h"
#include "ScreenshotImport.h"
#include "ScreenshotPages.h"
#include "ScreenshotSafety.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPixmap>

namespace partydesk {

QString saveWidgetScreenshot(QWidget& widget, const QString& outFile, QSize size)
{
    if (size.isValid())
        widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    if (!pixmap.save(outFile, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write \"%1\".").arg(outFile);
    return {};
}

QString saveDialogScreenshot(QDialog& dialog, const QString& outFile, QSize screen)
{
    if (!screen.isValid())
        screen = QSize(1366, 768);
    // A size the dialog gave itself is kept, within the screen above the task bar and under a title
    // bar (FormScreenshot draws both); a dialog that gave none sizes itself to its content.
    if (dialog.testAttribute(Qt::WA_Resized))
        dialog.resize(dialog.size().boundedTo(screen - QSize(0, 40 + formTitleBarHeight(&dialog))));
    return saveFormScreenshot(dialog, outFile, screen, {});
}

QStringList screenshotPages()
{
    return windowScreenshotPages() + dialogScreenshotPages() +
           QStringList{QStringLiteral("import-columns"), QStringLiteral("import-preview"),
                       QStringLiteral("help")} +
           safetyScreenshotPages();
}

QString renderScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                         const QString& outFile, QSize size)
{
    bool handled = false;
    const QString safetyError =
        renderSafetyScreenshot(workspace, databasePath, page, outFile, size, &handled);
    if (handled)
        return safetyError;
    const QString dialogError = renderDialogScreenshot(workspace, page, outFile, size, &handled);
    if (handled)
        return dialogError;
    if (page == QLatin1String("import-columns") || page == QLatin1String("import-preview"))
        return renderImportDialog(workspace, outFile, size, page == QLatin1String("import-preview"));

    MainWindow window(workspace, databasePath);
    // Shown first, so that each page reads as it shows (pages read lazily) at the picture's size.
    window.resize(size.isValid() ? size : QSize(1366, 800));
    window.show();
    QCoreApplication::processEvents();
    if (page == QLatin1String("help")) {
        // The manual as F1 on the roster opens it.
        window.showPage(MainWindow::Page::Roster);
        window.showHelp(QStringLiteral("roster"));
        return saveWidgetScreenshot(*window.helpWindow(), outFile, size);
    }
    if (!showWindowScreenshotPage(window, workspace, page))
        return QCoreApplication::translate("Screenshot", "Unknown page \"%1\"; pages are: %2")
            .arg(page, screenshotPages().join(QStringLiteral(", ")));
    // The home page reads on a thread of its own.
    QElapsedTimer waited;
    waited.start();
    while (window.homePage()->isLoading() && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return saveWidgetScreenshot(window, outFile, size);
}

} // namespace partydesk
