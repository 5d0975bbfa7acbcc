#include "Commands.h"

#include "AppSettings.h"
#include "AppSetup.h"
#include "demo/DemoData.h"
#include "mainwindow/MainWindow.h"
#include "Screenshot.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "Workspace.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace partydesk {

namespace {

void printError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void printLine(const QString& message)
{
    QTextStream(stdout) << message << Qt::endl;
}

QString firstWord(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]) : QString();
}

// Headless commands must work without a display (CI, scripts, a server).
void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QString languageOption(const QCommandLineParser& parser, const QCommandLineOption& lang)
{
    return parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTYDESK_VERSION));
}

int runDemo(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Builds a demo workspace with realistic, deterministic data."));
    parser.addHelpOption();
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("Cli", "community (about 400 members) or district (100,000)."),
        QStringLiteral("scale"), QStringLiteral("community"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("Cli", "The workspace file to create."),
                                QStringLiteral("file"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("Cli", "The day the data is generated for (YYYY-MM-DD)."),
        QStringLiteral("date"));
    parser.addOptions({scale, db, today});
    parser.addPositionalArgument(QStringLiteral("demo"),
                                 QCoreApplication::translate("Cli", "Build demo data."));
    parser.process(app);

    if (!parser.isSet(db)) {
        printError(QCoreApplication::translate("Cli", "Name the file to create with --db FILE."));
        return 2;
    }
    DemoOptions options;
    if (parser.value(scale) == QLatin1String("district"))
        options.scale = DemoOptions::Scale::District;
    else if (parser.value(scale) != QLatin1String("community")) {
        printError(QCoreApplication::translate("Cli", "Unknown scale \"%1\": use community or district.")
                       .arg(parser.value(scale)));
        return 2;
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            printError(QCoreApplication::translate("Cli", "\"%1\" is not a date: use YYYY-MM-DD.")
                           .arg(parser.value(today)));
            return 2;
        }
    }
    Database::Result opened = Database::open(parser.value(db), QStringLiteral("demo"));
    if (!opened.ok) {
        printError(opened.error);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    const QString error = buildDemo(opened.db, options, &summary, [](int done, int total) {
        QTextStream(stderr) << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(QCoreApplication::translate(
                  "Cli", "Demo workspace %1: %2 organisations (%3 branches), %4 grids, %5 members, in %6 s.")
                  .arg(QDir::toNativeSeparators(parser.value(db)))
                  .arg(summary.organisations)
                  .arg(summary.branches)
                  .arg(summary.grids)
                  .arg(summary.members)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int runScreenshot(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Renders a page of the window to a PNG file, without a display."));
    parser.addHelpOption();
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("Cli", "roster, organisation, member-form or org-form."),
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
    parser.process(app);
    installTranslations(app, languageOption(parser, lang));
    applyChineseFont(app);

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

int runWindow(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Community Party-Building Desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The workspace file (default: in your application-data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("Cli", "zh_CN or en."),
                                  QStringLiteral("language"));
    parser.addOptions({db, lang});
    parser.process(app);
    installTranslations(app, languageOption(parser, lang));
    applyChineseFont(app);

    const QString path = parser.isSet(db) ? parser.value(db) : Database::defaultPath();
    Database::Result opened = Database::open(path, QStringLiteral("workspace"), builtInMigrations(),
                                             Database::IntegrityCheck::InBackground);
    if (!opened.ok) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Cli", "Cannot open the workspace"),
                              opened.error);
        return 1;
    }
    if (!opened.backupPath.isEmpty())
        printLine(QCoreApplication::translate("Cli", "Before upgrading, a copy was saved as %1")
                      .arg(QDir::toNativeSeparators(opened.backupPath)));
    SystemClock clock;
    Workspace workspace(opened.db, clock);
    MainWindow window(workspace, path);
    std::unique_ptr<QThread> check;
    if (opened.integrityCheckDeferred) {
        // The window opens at once; nothing is written until the file has passed its check.
        workspace.writeGate().startChecking();
        check.reset(checkIntegrityInBackground(path, &window, [&](const QString& problem) {
            if (problem.isEmpty()) {
                workspace.writeGate().checkPassed();
                return;
            }
            workspace.writeGate().checkFailed(problem);
            QMessageBox::critical(
                &window, QCoreApplication::translate("Cli", "The workspace file is damaged"), problem);
            window.close();
        }));
    }
    window.show();
    const int code = app.exec();
    if (check)
        check->wait();
    return code;
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    setApplicationNames();
    const QString command = firstWord(argc, argv);
    if (command == QLatin1String("demo")) {
        QCoreApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        return runDemo(app);
    }
    if (command == QLatin1String("screenshot")) {
        useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        return runScreenshot(app);
    }
    if (!command.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        printError(
            QCoreApplication::translate(
                "Cli",
                "Unknown command \"%1\". Commands: demo, screenshot; without a command the window opens.")
                .arg(command));
        return 2;
    }
    QApplication app(argc, argv);
    return runWindow(app);
}

} // namespace partydesk
