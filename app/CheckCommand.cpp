#include "CommandSupport.h"
#include "report/FileVerification.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

// `partydesk check`: is this workspace sound, is this exported file whole? For a user who doubts a
// file after a crash or a full disk, and for the scripts that kill PartyDesk on purpose.
int runCheck(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Checks a workspace (whole-file integrity check) and exported .xlsx or .pdf files."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("Cli", "The workspace file to check."),
                                QStringLiteral("file"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Cli", "Exported .xlsx or .pdf files to check."),
                                 QStringLiteral("[FILE…]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(db) && files.isEmpty()) {
        printError(QCoreApplication::translate("Cli", "Name a workspace with --db FILE, or files to check."));
        return 2;
    }
    int problems = 0;
    if (parser.isSet(db)) {
        const QString path = parser.value(db);
        Database::Result opened = Database::openExisting(path, QStringLiteral("check"),
                                                         Database::IntegrityCheck::BeforeOpening);
        if (!opened.ok) {
            printError(opened.error);
            ++problems;
        } else {
            printLine(QCoreApplication::translate("Cli", "%1: the workspace is sound (schema %2)%3.")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(Database::schemaVersion(opened.db))
                          .arg(opened.readOnly ? QCoreApplication::translate("Cli", ", read-only") : QString()));
        }
    }
    for (const QString& file : files) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        QString problem;
        if (!QFileInfo::exists(file))
            problem = QCoreApplication::translate("Cli", "\"%1\" does not exist.").arg(QDir::toNativeSeparators(file));
        else if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("pdf")) {
            const QString detail = suffix == QLatin1String("pdf") ? pdfProblem(file) : xlsxProblem(file);
            if (!detail.isEmpty())
                problem = QCoreApplication::translate("Cli", "\"%1\" is incomplete or damaged (%2).")
                              .arg(QDir::toNativeSeparators(file), detail);
        }
        else
            problem = QCoreApplication::translate("Cli", "\"%1\": only .xlsx and .pdf files can be checked.")
                          .arg(QDir::toNativeSeparators(file));
        if (problem.isEmpty()) {
            printLine(QCoreApplication::translate("Cli", "%1: complete.").arg(QDir::toNativeSeparators(file)));
        } else {
            printError(problem);
            ++problems;
        }
    }
    return problems == 0 ? 0 : 1;
}

} // namespace partydesk
