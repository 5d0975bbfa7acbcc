#include "Commands.h"

#include "AppSettings.h"
#include "AppSetup.h"
#include "CommandSupport.h"

#include <functional>
#include <QApplication>
#include <QTextStream>
#include <vector>

namespace partydesk {

namespace {

// One registry: the dispatcher, `partydesk help` and the error for an unknown command all read it,
// so the list of commands cannot drift from what runs.
struct CommandEntry
{
    const char* name;
    const char* summary; // translated in the "Cli" context
    bool draws;          // needs a QApplication (pages, PDF); runs offscreen without a display
    std::function<int(QCoreApplication&)> run;
};

const std::vector<CommandEntry>& commandRegistry()
{
    static const std::vector<CommandEntry> entries = {
        {"backup",
         QT_TRANSLATE_NOOP("Cli",
                           "Writes a verified backup of the workspace (rotating, or to a file; optionally "
                           "encrypted); lists the backups."),
         false, [](QCoreApplication& app) { return runBackup(app); }},
        {"check",
         QT_TRANSLATE_NOOP("Cli", "Checks that a workspace is sound and that exported files are complete."),
         false, [](QCoreApplication& app) { return runCheck(app); }},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Builds a demo workspace (a community or a whole district)."),
         false, [](QCoreApplication& app) { return runDemo(app); }},
        {"export", QT_TRANSLATE_NOOP("Cli", "Exports the roster or the member statistics to Excel or PDF."),
         true, [](QCoreApplication& app) { return runExport(static_cast<QApplication&>(app)); }},
        {"import",
         QT_TRANSLATE_NOOP("Cli",
                           "Imports a roster from Excel (.xlsx, .xls) or CSV, with a preview; template, "
                           "history and undo of imports."),
         false, [](QCoreApplication& app) { return runImport(app); }},
        {"manual", QT_TRANSLATE_NOOP("Cli", "Writes the user manual as a PDF for printing."), true,
         [](QCoreApplication& app) { return runManual(static_cast<QApplication&>(app)); }},
        {"package",
         QT_TRANSLATE_NOOP("Cli",
                           "Data packages between a community and its street: keys, export, what a package "
                           "would change, and its import."),
         false, [](QCoreApplication& app) { return runPackage(app); }},
        {"report", QT_TRANSLATE_NOOP("Cli", "Writes the monthly report of theme Party days (PDF or Excel)."),
         true, [](QCoreApplication& app) { return runReport(static_cast<QApplication&>(app)); }},
        {"restore",
         QT_TRANSLATE_NOOP("Cli",
                           "Puts a backup in place of the workspace (the current file is backed up first)."),
         false, [](QCoreApplication& app) { return runRestore(app); }},
        {"scoring",
         QT_TRANSLATE_NOOP("Cli", "Star rating: new year, blank score sheets, import of filled sheets, "
                                  "annual report."),
         true, [](QCoreApplication& app) { return runScoring(static_cast<QApplication&>(app)); }},
        {"screenshot", QT_TRANSLATE_NOOP("Cli", "Renders a page of the window to a PNG file."), true,
         [](QCoreApplication& app) { return runScreenshot(static_cast<QApplication&>(app)); }},
        {"upload",
         QT_TRANSLATE_NOOP("Cli", "Copies a workspace file onto a PostgreSQL server, for several PCs at once."),
         false, [](QCoreApplication& app) { return runUpload(app); }},
    };
    return entries;
}

const CommandEntry* findCommand(const QString& name)
{
    for (const CommandEntry& entry : commandRegistry())
        if (name == QLatin1String(entry.name))
            return &entry;
    return nullptr;
}

QString firstWord(int argc, char** argv)
{
    return argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]) : QString();
}

bool hasArgument(int argc, char** argv, std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char* name : names)
            if (qstrcmp(argv[i], name) == 0)
                return true;
    return false;
}

// --lang given anywhere wins over the saved setting, so help comes out in the chosen language.
QString languageFromArguments(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return AppSettings::language();
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARTYDESK_VERSION));
}

QString commandList()
{
    QString text;
    for (const CommandEntry& entry : commandRegistry())
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(entry.name), -12)
                    .arg(QCoreApplication::translate("Cli", entry.summary));
    return text;
}

void printGeneralHelp()
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("Cli", "Community Party-Building Desk %1")
               .arg(QStringLiteral(PARTYDESK_VERSION))
        << "\n\n"
        << QCoreApplication::translate("Cli", "Usage:") << "\n"
        << QCoreApplication::translate("Cli", "  partydesk [--db FILE] [--lang zh_CN|en]   opens the window")
        << "\n"
        << QCoreApplication::translate(
               "Cli", "  partydesk COMMAND [OPTIONS]               runs a command without a window")
        << "\n"
        << QCoreApplication::translate(
               "Cli", "  partydesk help COMMAND                    the options of one command")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << "\n"
        << commandList() << "\n"
        << QCoreApplication::translate("Cli", "Window options:") << "\n"
        << QCoreApplication::translate(
               "Cli", "  --db FILE      the workspace file (default: in your application-data folder)")
        << "\n"
        << QCoreApplication::translate("Cli", "  --lang LANG    zh_CN (default) or en") << "\n"
        << QCoreApplication::translate("Cli", "  -h, --help     this help") << "\n"
        << QCoreApplication::translate("Cli", "  -v, --version  the version") << "\n";
    out.flush();
}

int runEntry(const CommandEntry& entry, int argc, char** argv, const QString& language)
{
    if (!entry.draws) {
        QCoreApplication app(argc, argv);
        installTranslations(app, language);
        return entry.run(app);
    }
    useOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    installTranslations(app, language);
    // Help exits from inside the parser; it needs no fonts, and asking fontconfig for them first
    // would leave its cache behind at that exit.
    if (!hasArgument(argc, argv, {"-h", "--help", "-?", "--help-all"}))
        applyChineseFont(app);
    return entry.run(app);
}

// `partydesk help [COMMAND]` and `partydesk --help`: no window, so no display is needed.
int runHelp(int argc, char** argv, const QString& language)
{
    const QString topic = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (const CommandEntry* entry = findCommand(topic)) {
        QByteArray name(entry->name), help("--help");
        char* helpArgv[] = {argv[0], name.data(), help.data(), nullptr};
        return runEntry(*entry, 3, helpArgv, language);
    }
    QCoreApplication app(argc, argv);
    installTranslations(app, language);
    if (!topic.isEmpty() && topic != QLatin1String("help")) {
        printError(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(topic));
        printGeneralHelp();
        return 2;
    }
    printGeneralHelp();
    return 0;
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    setApplicationNames();
    const QString language = languageFromArguments(argc, argv);
    const QString command = firstWord(argc, argv);
    if (command == QLatin1String("help"))
        return runHelp(argc, argv, language);
    if (const CommandEntry* entry = findCommand(command))
        return runEntry(*entry, argc, argv, language);
    if (!command.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslations(app, language);
        printError(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command));
        printGeneralHelp();
        return 2;
    }
    if (hasArgument(argc, argv, {"-h", "--help", "-?", "--help-all"}))
        return runHelp(1, argv, language);
    if (hasArgument(argc, argv, {"-v", "--version"})) {
        QTextStream(stdout) << "partydesk " << PARTYDESK_VERSION << Qt::endl;
        return 0;
    }
    QApplication app(argc, argv);
    installTranslations(app, language);
    applyChineseFont(app);
    return runWindow(app);
}

} // namespace partydesk
