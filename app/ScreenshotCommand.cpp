#include "AppSetup.h"
#include "CommandSupport.h"
#include "demo/DemoData.h"
#include "Screenshot.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

namespace partydesk {

int runScreenshot(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Renders a page of the window to a PNG file, without a display."));
    parser.addHelpOption();
    const QCommandLineOption page(
        QStringLiteral("page"),
        // Listed from the renderer, so the help names every page there is.
        QCoreApplication::translate("Cli", "The page: %1.").arg(screenshotPages().join(QStringLiteral(", "))),
        QStringLiteral("page"), QStringLiteral("roster"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Cli", "The PNG file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The workspace (default: a fresh demo community)."),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("Cli", "zh_CN or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("Cli", "The window's size, such as 1366x768 (default: its own)."),
        QStringLiteral("WxH"));
    parser.addOptions({page, out, db, lang, size});
    parser.addPositionalArgument(QStringLiteral("screenshot"),
                                 QCoreApplication::translate("Cli", "Render a page."));
    // Translations and the font are set by the dispatcher (Commands.cpp), before the help is built.
    parser.process(app);

    if (!parser.isSet(out)) {
        printError(QCoreApplication::translate("Cli", "Name the PNG file with --out FILE."));
        return 2;
    }
    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        windowSize = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (windowSize.width() < 200 || windowSize.height() < 200) {
            printError(
                QCoreApplication::translate("Cli", "Give the size as WIDTHxHEIGHT, such as 1366x768."));
            return 2;
        }
    }
    QTemporaryDir temp;
    QString path = parser.value(db);
    const bool demo = path.isEmpty();
    if (demo)
        path = temp.filePath(QStringLiteral("demo.sqlite"));
    // Only the demo is made here; a file named with --db must already be a workspace.
    Database::Result opened = demo ? Database::open(path, QStringLiteral("screenshot"))
                                   : Database::openExisting(path, QStringLiteral("screenshot"));
    if (!opened.ok) {
        printError(opened.error);
        return 1;
    }
    DemoOptions options;
    SystemClock systemClock;
    FixedClock demoClock(options.today);
    if (demo) {
        const QString error = buildDemo(opened.db, options);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
    }
    Workspace workspace(opened.db, demo ? static_cast<const Clock&>(demoClock) : systemClock);
    if (!signInForCommand(workspace))
        return 1;
    const QString error =
        renderScreenshot(workspace, demo ? QCoreApplication::translate("Cli", "demo community") : path,
                         parser.value(page), parser.value(out), windowSize);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    return 0;
}

} // namespace partydesk
