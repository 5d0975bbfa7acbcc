#include "CommandSupport.h"
#include "demo/DemoData.h"
#include "domain/PartyMembership.h"
#include "repository/OrganisationRepository.h"
#include "storage/Database.h"
#include "storage/WorkspaceCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace partydesk {

int runDemo(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Builds a demo workspace with realistic, deterministic data."));
    parser.addHelpOption();
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("Cli",
                                    "community (about 400 people on the roster) or district (100,000)."),
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
    const auto progress = [](int done, int total) {
        QTextStream(stderr) << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    };
    QString error;
    if (onServer(opened.db)) {
        // The demo's bulk SQL is SQLite's: it is built in a file and copied, as a real file would be.
        QTemporaryDir folder;
        Database::Result file =
            Database::open(folder.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("demo-file"));
        error = file.ok ? buildDemo(file.db, options, &summary, progress) : file.error;
        if (error.isEmpty())
            error = WorkspaceCopy::copy(file.db, opened.db);
    } else {
        error = buildDemo(opened.db, options, &summary, progress);
    }
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    MemberCounts counts;
    for (const MemberCounts& org : OrganisationRepository(opened.db).memberCounts())
        counts += org;
    printLine(QCoreApplication::translate(
                  "Cli", "Demo workspace %1: %2 organisations (%3 branches), %4 grids, in %5 s.")
                  // One arg() for all: a server's URL holds "%2F", which a second arg() would fill.
                  .arg(QDir::toNativeSeparators(parser.value(db)), QString::number(summary.organisations),
                       QString::number(summary.branches), QString::number(summary.grids),
                       QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
    printLine(describeMemberCounts(counts));
    return 0;
}

} // namespace partydesk
