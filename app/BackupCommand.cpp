#include "CommandSupport.h"
#include "storage/BackupCatalogue.h"
#include "storage/BackupRestore.h"
#include "storage/EncryptedBackup.h"
#include "Workspace.h"

#include <atomic>
#include <csignal>
#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QTextStream>

namespace partydesk {

namespace {

std::atomic<bool> backupInterrupted{false};

extern "C" void onBackupInterrupt(int)
{
    backupInterrupted = true;
}

// Ctrl+C cancels: the writer stops and removes its partial file.
BackupProgress terminalProgress()
{
    std::signal(SIGINT, onBackupInterrupt);
    std::signal(SIGTERM, onBackupInterrupt);
    return [](qint64 done, qint64 total) {
        if (total > 0)
            QTextStream(stderr) << QStringLiteral("\r%1%").arg(done * 100 / total) << Qt::flush;
        return !backupInterrupted;
    };
}

QString megabytes(qint64 bytes)
{
    return QLocale::system().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// "7,4,12": days, weeks, months.
bool parsePolicy(const QString& text, BackupPolicy* policy)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return false;
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toInt(&ok);
        if (!ok || values[i] < 0 || values[i] > 999)
            return false;
    }
    *policy = {values[0], values[1], values[2]};
    return true;
}

void printCatalogue(const QString& folder, const QString& workspacePath)
{
    const QList<BackupEntry> entries = BackupCatalogue::list(folder, workspacePath);
    printLine(
        QCoreApplication::translate("BackupCommand", "Backups in %1:").arg(QDir::toNativeSeparators(folder)));
    if (entries.isEmpty())
        printLine(QCoreApplication::translate("BackupCommand", "  (none)"));
    for (const BackupEntry& e : entries)
        printLine(QStringLiteral("  %1  %2  %3  %4  %5  %6")
                      .arg(e.name.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           BackupReasons::displayName(e.name.reason), megabytes(e.size),
                           e.name.encrypted ? QCoreApplication::translate("BackupCommand", "encrypted")
                           : e.memberCount >= 0
                               ? QCoreApplication::translate("BackupCommand", "%1 members").arg(e.memberCount)
                               : QCoreApplication::translate("BackupCommand", "unreadable"),
                           e.verified ? QCoreApplication::translate("BackupCommand", "verified")
                                      : QCoreApplication::translate("BackupCommand", "NOT VERIFIED"),
                           QFileInfo(e.path).fileName()));
    if (BackupCatalogue::lastGoodOlderThan(entries, QDateTime::currentDateTime()))
        printError(QCoreApplication::translate("BackupCommand",
                                               "Warning: the last good backup is more than a week old."));
}

// The password of --password-file, or an error printed and false.
bool passwordFrom(const QCommandLineParser& parser, QByteArray* password)
{
    if (!parser.isSet(QStringLiteral("password-file")))
        return true;
    QString error;
    *password = EncryptedBackup::readPasswordFile(parser.value(QStringLiteral("password-file")), &error);
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace

// partydesk backup [--out FILE] [--encrypt --password-file FILE] [--list] [--folder DIR]
//     [--keep D,W,M] --db FILE
int runBackup(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "BackupCommand",
        "Writes a verified backup of the workspace. Without --out it goes into the workspace's backup folder "
        "(default: a \"backups\" folder beside the workspace), which is then rotated: every backup of the "
        "last "
        "24 hours and the newest of each of the last 7 days, 4 weeks and 12 months are kept (see --keep). "
        "Exit status 0 written, 1 failed or cancelled, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"),
                                 QCoreApplication::translate("BackupCommand", "Backup."));
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("BackupCommand", "The workspace file."),
         QStringLiteral("file")},
        {QStringLiteral("out"),
         QCoreApplication::translate("BackupCommand",
                                     "Writes the backup to this file instead (no rotation)."),
         QStringLiteral("file")},
        {QStringLiteral("encrypt"),
         QCoreApplication::translate("BackupCommand",
                                     "Encrypts the backup with the password in --password-file (.pdenc).")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("BackupCommand", "A file whose first line is the password."),
         QStringLiteral("file")},
        {QStringLiteral("list"),
         QCoreApplication::translate("BackupCommand", "Lists the backups of the workspace and writes none.")},
        {QStringLiteral("folder"),
         QCoreApplication::translate("BackupCommand", "Sets the workspace's backup folder (remembered)."),
         QStringLiteral("dir")},
        {QStringLiteral("keep"),
         QCoreApplication::translate(
             "BackupCommand", "Sets how many daily, weekly and monthly backups rotation keeps (remembered)."),
         QStringLiteral("days,weeks,months")},
    });
    parser.process(app);

    if (!parser.isSet(QStringLiteral("db"))) {
        printError(QCoreApplication::translate(
            "BackupCommand",
            "Use: partydesk backup [--out FILE] --db FILE (partydesk help backup lists the options)"));
        return 2;
    }
    const bool encrypt = parser.isSet(QStringLiteral("encrypt"));
    if (encrypt != parser.isSet(QStringLiteral("password-file"))) {
        printError(QCoreApplication::translate(
            "BackupCommand",
            "--encrypt needs --password-file FILE, and --password-file is only for --encrypt."));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty() && QFileInfo::exists(out)) {
        printError(QCoreApplication::translate("BackupCommand", "\"%1\" already exists; name a new file.")
                       .arg(QDir::toNativeSeparators(out)));
        return 2;
    }
    QByteArray password;
    if (!passwordFrom(parser, &password))
        return 2;
    const QString path = QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath();
    CommandWorkspace opened(path, QStringLiteral("backup"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    QSqlDatabase db = workspace.database();
    // A copy that leaves the backup folder carries every full ID number; settings are the admin's.
    const bool leaves = !out.isEmpty() || encrypt;
    const bool changes = parser.isSet(QStringLiteral("folder")) || parser.isSet(QStringLiteral("keep"));
    for (const auto& [needed, permission] :
         {std::pair{leaves, Permission::ShowFullIdNumbers}, std::pair{changes, Permission::ManageUsers}})
        if (const QString why = workspace.session().refusal(permission); needed && !why.isEmpty()) {
            printError(why);
            return 1;
        }
    BackupSettings settings = BackupSettings::load(db);
    const bool changeFolder = parser.isSet(QStringLiteral("folder"));
    const bool changePolicy = parser.isSet(QStringLiteral("keep"));
    if (changePolicy && !parsePolicy(parser.value(QStringLiteral("keep")), &settings.policy)) {
        printError(QCoreApplication::translate(
            "BackupCommand", "--keep takes three numbers: days,weeks,months (for example 7,4,12)."));
        return 2;
    }
    if (changeFolder)
        settings.folder = QFileInfo(parser.value(QStringLiteral("folder"))).absoluteFilePath();
    if (changeFolder || changePolicy) {
        if (const QString error = settings.save(db); !error.isEmpty()) {
            printError(
                QCoreApplication::translate("BackupCommand", "The backup settings could not be saved: %1")
                    .arg(error));
            return 1;
        }
        printLine(QCoreApplication::translate("BackupCommand",
                                              "Backup folder: %1; kept: %2 daily, %3 weekly, %4 monthly.")
                      .arg(QDir::toNativeSeparators(settings.folderFor(path)))
                      .arg(settings.policy.daily)
                      .arg(settings.policy.weekly)
                      .arg(settings.policy.monthly));
    }
    const QString folder = settings.folderFor(path);
    if (parser.isSet(QStringLiteral("list"))) {
        printCatalogue(folder, path);
        return 0;
    }
    const BackupProgress progress = terminalProgress();
    const QDateTime now = QDateTime::currentDateTime();
    QString written;
    if (encrypt) {
        if (out.isEmpty() && !QDir().mkpath(folder)) {
            printError(
                QCoreApplication::translate("BackupCommand", "The backup folder \"%1\" cannot be created.")
                    .arg(QDir::toNativeSeparators(folder)));
            return 1;
        }
        written = out.isEmpty()
                      ? BackupCatalogue::newBackupPath(folder, path, BackupReason::Manual, now, true)
                      : out;
        bool cancelled = false;
        const QString error = EncryptedBackup::writeEncryptedBackup(
            path, written, password, EncryptedBackup::moderateCost(), progress, &cancelled);
        QTextStream(stderr) << QStringLiteral("\r");
        if (cancelled || !error.isEmpty()) {
            printError(cancelled
                           ? QCoreApplication::translate("BackupCommand", "Cancelled; no backup was written.")
                           : error);
            return 1;
        }
    } else {
        const BackupOutcome outcome =
            out.isEmpty() ? BackupCatalogue::take(path, settings, BackupReason::Manual, now, progress)
                          : BackupWriter::write(path, out, progress);
        QTextStream(stderr) << QStringLiteral("\r");
        if (!outcome.ok()) {
            printError(outcome.cancelled
                           ? QCoreApplication::translate("BackupCommand", "Cancelled; no backup was written.")
                           : outcome.error);
            return 1;
        }
        written = outcome.path;
    }
    printLine(QCoreApplication::translate("BackupCommand", "Backup written and verified: %1 (%2)")
                  .arg(QDir::toNativeSeparators(written), megabytes(QFileInfo(written).size())));
    return 0;
}

// partydesk restore FILE [--password-file FILE] --db FILE
int runRestore(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "BackupCommand",
        "Puts a backup in place of the workspace file. The backup is checked first, and the current file is "
        "backed up (into the backup folder) before it is replaced. Close PartyDesk's window on this "
        "workspace "
        "first. Exit status 0 restored, 1 failed or cancelled (the workspace unchanged), 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("restore"),
                                 QCoreApplication::translate("BackupCommand", "Restore."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("BackupCommand", "The backup (.sqlite, or .pdenc when encrypted)."));
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("BackupCommand", "The workspace file to replace."),
         QStringLiteral("file")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("BackupCommand",
                                     "A file whose first line is the password of an encrypted backup."),
         QStringLiteral("file")},
    });
    parser.process(app);

    const QString backup = parser.positionalArguments().value(1);
    if (backup.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        printError(QCoreApplication::translate(
            "BackupCommand",
            "Use: partydesk restore BACKUP --db FILE (partydesk help restore lists the options)"));
        return 2;
    }
    if (!QFileInfo(backup).isFile()) {
        printError(QCoreApplication::translate("BackupCommand", "The backup \"%1\" does not exist.")
                       .arg(QDir::toNativeSeparators(backup)));
        return 2;
    }
    RestoreRequest request;
    if (!passwordFrom(parser, &request.password))
        return 2;
    request.backupPath = backup;
    request.workspacePath = QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath();
    request.now = QDateTime::currentDateTime();
    const QString connection = QStringLiteral("restore");
    bool open = false;
    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
    if (QFileInfo::exists(request.workspacePath)) {
        // The backup settings and who may restore; a damaged workspace is restored all the same.
        Database::Result opened = Database::open(request.workspacePath, connection);
        if (opened.ok) {
            open = true;
            request.settings = BackupSettings::load(opened.db);
            workspace = std::make_unique<Workspace>(opened.db, clock);
            if (!signInForCommand(*workspace))
                return 1;
            if (const QString why = workspace->session().refusal(Permission::ManageUsers); !why.isEmpty()) {
                printError(why);
                return 1;
            }
            request.userName = workspace->session().userName();
        } else {
            printError(opened.error);
        }
    }
    const auto close = [&] {
        workspace.reset();
        if (!open)
            return;
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
        open = false;
    };
    const RestoreOutcome outcome = BackupRestore::restore(request, close, terminalProgress());
    close();
    QTextStream(stderr) << QStringLiteral("\r");
    if (!outcome.ok()) {
        printError(outcome.cancelled ? QCoreApplication::translate(
                                           "BackupCommand", "Cancelled; the workspace was not changed.")
                                     : outcome.error);
        return 1;
    }
    if (!outcome.preRestoreBackup.isEmpty())
        printLine(QCoreApplication::translate("BackupCommand", "The workspace as it was is backed up as %1")
                      .arg(QDir::toNativeSeparators(outcome.preRestoreBackup)));
    printLine(QCoreApplication::translate("BackupCommand", "Restored from %1: %2 members on the roster.")
                  .arg(QDir::toNativeSeparators(backup))
                  .arg(outcome.memberCount));
    return 0;
}

} // namespace partydesk
