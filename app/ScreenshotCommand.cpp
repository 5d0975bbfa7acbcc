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
        QCoreApplication::translate(
            "Cli", "roster, organisation, statistics, member-form, org-form or export-dialog."),
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
    parser.addOptions({page, out, db, lang});
    parser.addPositionalArgument(QStringLiteral("screenshot"),
                                 QCoreApplication::translate("Cli", "Render a page."));
    // Translations and the font are set by the dispatcher (Commands.cpp), before the help is built.
    parser.process(app);

    if (!parser.isSet(out)) {
        printError(QCoreApplication::translate("Cli", "Name the PNG file with --out FILE."));
        return 2;
    }
    QTemporaryDir temp;
    QString path = parser.value(db);
    const bool demo = path.isEmpty();
    if (demo)
        path = temp.filePath(QStringLiteral("demo.sqlite"));
    Database::Result opened = Database::open(path, QStringLiteral("screenshot"));
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
    const QString error =
        renderScreenshot(workspace, demo ? QCoreApplication::translate("Cli", "demo community") : path,
                         parser.value(page), parser.value(out));
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    return 0;
}

} // namespace partydesk
