// The commands as a user meets them when the disk fills up or the folder is read-only: a clear
// message, a non-zero exit, no file, and the workspace and any old export as they were.
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace partydesk;

namespace {

#ifdef Q_OS_UNIX
// Runs partydesk with a file-size limit, the way `ulimit -f` or a nearly full disk stops a write.
test::Run runLimited(const QStringList& arguments, rlim_t fileSizeLimit)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([fileSizeLimit] {
        const rlimit limit{fileSizeLimit, fileSizeLimit};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(PARTYDESK_BINARY), arguments);
    process.waitForFinished(600000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}
#endif

int auditEntries(const QSqlDatabase& db)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !count.next())
        return -1;
    return count.value(0).toInt();
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

#ifdef Q_OS_UNIX
TEST_CASE("At a file-size limit every export fails with a message, writes no file and keeps the old one",
          "[files][cli]")
{
    test::TempWorkspace workspace(true);
    const QString db = workspace.path();
    QTemporaryDir dir;
    const QList<QPair<QStringList, QString>> exports = {
        {{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("xlsx")},
         QStringLiteral("xlsx")},
        {{QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("pdf")},
         QStringLiteral("pdf")},
        {{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-10")},
         QStringLiteral("pdf")},
        {{QStringLiteral("scoring"), QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2025"),
          QStringLiteral("--format"), QStringLiteral("xlsx")},
         QStringLiteral("xlsx")},
    };
    int n = 0;
    for (const auto& [command, suffix] : exports) {
        const QString out = dir.filePath(QStringLiteral("export%1.%2").arg(++n).arg(suffix));
        // A whole export from before is there; the failing one must leave it alone.
        const test::Run first = test::runPartydesk(command + QStringList{QStringLiteral("--out"), out,
                                                                         QStringLiteral("--db"), db});
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << first.output.toStdString());
        REQUIRE(first.exitCode == 0);
        const QByteArray before = hashOf(out);
        const int recordedBefore = auditEntries(workspace.db());

        const test::Run limited = runLimited(command + QStringList{QStringLiteral("--out"), out,
                                                                   QStringLiteral("--db"), db},
                                             rlim_t(QFileInfo(out).size() / 2));
        INFO(limited.output.toStdString());
        CHECK(limited.exitCode != 0);
        // Which write meets the limit first, the export's or the workspace's own, varies: either is named.
        CHECK((limited.output.contains(QFileInfo(out).fileName()) ||
               limited.output.contains(QFileInfo(db).fileName())));
        CHECK_FALSE(limited.output.contains(QStringLiteral("[ERROR]")));
        CHECK_FALSE(limited.output.contains(QStringLiteral("已写入")));
        CHECK(hashOf(out) == before);
        // No export is recorded that did not happen, and the workspace is whole.
        CHECK(auditEntries(workspace.db()) == recordedBefore);
        const test::Run checked = test::runPartydesk({QStringLiteral("check"), QStringLiteral("--db"), db});
        CHECK(checked.exitCode == 0);
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("A workspace in a read-only folder opens read-only: exports work, changes are refused with the "
          "reason, nothing is called damaged",
          "[file][files][cli]")
{
    // Permissions do not stop root: run as nobody then.
    const bool root = ::geteuid() == 0;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (root && setpriv.isEmpty()) {
        WARN("setpriv is missing: cannot drop root to test a read-only folder");
        return;
    }
    test::TempWorkspace source(true);
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(out));
    const QString db = QDir(folder).filePath(QStringLiteral("workspace.sqlite"));
    {
        QSqlQuery vacuum(source.db());
        REQUIRE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(db)));
    }
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    const QByteArray before = hashOf(db);

    const auto run = [&](const QStringList& arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), out);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), out);
        process.setProcessEnvironment(env);
        if (root)
            process.start(setpriv, QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                               QStringLiteral("--clear-groups"), QStringLiteral(PARTYDESK_BINARY)} +
                                       arguments);
        else
            process.start(QStringLiteral(PARTYDESK_BINARY), arguments);
        process.waitForFinished(600000);
        return test::Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAll())};
    };
    // Where another user cannot run this build (a home folder closed to others), there is nothing to test.
    if (root && run({QStringLiteral("help")}).exitCode != 0) {
        WARN("nobody cannot run " PARTYDESK_BINARY " here; the read-only folder is not tested");
        return;
    }
    const QString pdf = QDir(out).filePath(QStringLiteral("roster.pdf"));
    const test::Run exported = run({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out"), pdf, QStringLiteral("--db"), db});
    INFO(exported.output.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 0);

    // Full ID numbers are shown only with an audit entry, which a read-only file cannot take.
    const test::Run full = run({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                                QStringLiteral("xlsx"), QStringLiteral("--full-id"), QStringLiteral("--out"),
                                QDir(out).filePath(QStringLiteral("full.xlsx")), QStringLiteral("--db"), db});
    INFO(full.output.toStdString());
    CHECK(full.exitCode != 0);
    CHECK_FALSE(QFile::exists(QDir(out).filePath(QStringLiteral("full.xlsx"))));

    const test::Run checked = run({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(checked.output.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK_FALSE(checked.output.contains(QStringLiteral("损坏")));

    const test::Run scoring = run({QStringLiteral("scoring"), QStringLiteral("new-year"), QStringLiteral("--year"),
                                   QStringLiteral("2027"), QStringLiteral("--db"), db});
    INFO(scoring.output.toStdString());
    CHECK(scoring.exitCode != 0);
    CHECK(scoring.output.contains(QStringLiteral("只读")));
    CHECK_FALSE(scoring.output.contains(QStringLiteral("损坏")));
    CHECK(hashOf(db) == before);
}
#endif
