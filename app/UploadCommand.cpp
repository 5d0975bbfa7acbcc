#include "CommandSupport.h"
#include "storage/Database.h"
#include "storage/WorkspaceCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace partydesk {

// partydesk upload --from FILE --db postgresql://…: a community's or street's workspace file moves
// onto the shared server (into an empty database), every record as it is.
int runUpload(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Copies a workspace file into an empty database on a PostgreSQL server, every record as it is, "
        "so that several PCs can work on it at once. The file is left as it was."));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "The workspace file to copy."),
                                  QStringLiteral("file"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The server's database: postgresql://user@host/database."),
        QStringLiteral("url"));
    parser.addOptions({from, db});
    parser.addPositionalArgument(QStringLiteral("upload"),
                                 QCoreApplication::translate("Cli", "Copy to a server."));
    parser.process(app);
    if (!parser.isSet(from) || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "Cli", "Use: partydesk upload --from FILE --db postgresql://user@host/database"));
        return 2;
    }
    Database::Result source = Database::openExisting(parser.value(from), QStringLiteral("upload-from"),
                                                     Database::IntegrityCheck::BeforeOpening);
    if (!source.ok) {
        printError(source.error);
        return 1;
    }
    Database::Result target = Database::openServer(parser.value(db), QStringLiteral("upload-to"));
    if (!target.ok) {
        printError(target.error);
        return 1;
    }
    const QString error = WorkspaceCopy::copy(source.db, target.db, [](qint64 done, qint64 total) {
        QTextStream(stderr) << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    QTextStream(stderr) << QStringLiteral("\n");
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 was copied to %2.")
                  .arg(QDir::toNativeSeparators(parser.value(from)), Database::locationOf(target.db)));
    return 0;
}

} // namespace partydesk
