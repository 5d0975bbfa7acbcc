// The screenshot command (issue 15): every page and every tab of the main window has a name that
// shows it, and every form and dialog it names renders, at its own size, on the screen asked for.
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "Screenshot.h"
#include "ScreenshotDialogs.h"
#include "ScreenshotPages.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("Every tab of the main window has a screenshot name that shows it", "[screenshots]")
{
    TempWorkspace ws(true);
    MainWindow window(ws.workspace(), ws.path());
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();

    // Each tab widget and the tabs that some page's screenshot brings to the front, visibly.
    QHash<const QTabWidget*, QSet<int>> shown;
    for (const QString& page : windowScreenshotPages()) {
        INFO(page.toStdString());
        REQUIRE(showWindowScreenshotPage(window, ws.workspace(), page));
        QCoreApplication::processEvents();
        for (const QTabWidget* tabs : window.findChildren<QTabWidget*>())
            if (tabs->isVisible())
                shown[tabs].insert(tabs->currentIndex());
    }
    const QList<QTabWidget*> all = window.findChildren<QTabWidget*>();
    REQUIRE(all.size() > 5);
    for (const QTabWidget* tabs : all)
        for (int i = 0; i < tabs->count(); ++i) {
            INFO("tab \"" << tabs->tabText(i).toStdString() << "\" of "
                          << tabs->parentWidget()->metaObject()->className());
            CHECK(shown.value(tabs).contains(i));
        }
    CHECK_FALSE(showWindowScreenshotPage(window, ws.workspace(), QStringLiteral("no-such-page")));
}

TEST_CASE("Every form and dialog renders at its own size on the screen asked for", "[screenshots]")
{
    TempWorkspace ws(true);
    QTemporaryDir dir;
    const QStringList pages =
        dialogScreenshotPages() +
        QStringList{QStringLiteral("import-preview"), QStringLiteral("backups"), QStringLiteral("sign-in")};
    for (const QString& page : pages) {
        INFO(page.toStdString());
        const QString file = dir.filePath(page + QStringLiteral(".png"));
        CHECK(renderScreenshot(ws.workspace(), ws.path(), page, file, QSize(1366, 768)).isEmpty());
        const QImage image(file);
        CHECK(image.size() == QSize(1366, 768));
        // A dialog on the desktop: the desktop's colour shows in the top left corner.
        CHECK(image.pixelColor(2, 2) == QColor(0x3b, 0x4a, 0x5a));
    }
    CHECK_FALSE(renderScreenshot(ws.workspace(), ws.path(), QStringLiteral("no-such-page"),
                                 dir.filePath(QStringLiteral("x.png")), QSize(1366, 768))
                    .isEmpty());
}
