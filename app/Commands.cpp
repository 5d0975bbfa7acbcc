#include "Commands.h"

#include "AppSettings.h"
#include "AppSetup.h"
#include "CommandSupport.h"

#include <QApplication>

namespace partydesk {

namespace {

QString firstWord(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]) : QString();
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTYDESK_VERSION));
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
    if (command == QLatin1String("report")) {
        useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        applyChineseFont(app);
        return runReport(app);
    }
    if (command == QLatin1String("scoring")) {
        useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        applyChineseFont(app);
        return runScoring(app);
    }
    if (command == QLatin1String("export")) {
        useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        return runExport(app);
    }
    if (!command.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslations(app, AppSettings::language());
        printError(QCoreApplication::translate("Cli", "Unknown command \"%1\". Commands: demo, export, "
                                                      "screenshot; without a command the window opens.")
                       .arg(command));
        return 2;
    }
    QApplication app(argc, argv);
    return runWindow(app);
}

} // namespace partydesk
