#include "storage/BackupCatalogue.h"
#include "storage/BackupRestore.h"
#include "storage/StorageHealth.h"
#include "TestSupport.h"
#include "unit/BackupTestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

BackupEntry entryAt(const QDateTime& when)
{
    BackupEntry e;
    e.name.workspaceStem = QStringLiteral("workspace");
    e.name.takenAt = when;
    e.name.reason = BackupReason::Daily;
    e.path = e.name.fileName();
    e.verified = true;
    return e;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("Backup file names say workspace, time and reason, and nothing else is taken for one", "[file][backup]")
{
    BackupFileName name;
    name.workspaceStem = QStringLiteral("东风社区.2026");
    name.takenAt = QDateTime(QDate(2026, 11, 23), QTime(9, 5, 7));
    name.reason = BackupReason::BeforeScoreImport;
    name.sequence = 2;
    const QString file = name.fileName();
    CHECK(file == QStringLiteral("东风社区.2026.backup-20261123-090507-scoreimport-2.sqlite"));
    const std::optional<BackupFileName> back = BackupFileName::parse(file);
    REQUIRE(back);
    CHECK(back->workspaceStem == name.workspaceStem);
    CHECK(back->takenAt == name.takenAt);
    CHECK(back->reason == BackupReason::BeforeScoreImport);
    CHECK(back->sequence == 2);
    CHECK_FALSE(back->encrypted);
    CHECK_FALSE(BackupFileName::parse(QStringLiteral("workspace.sqlite")));
    CHECK_FALSE(BackupFileName::parse(QStringLiteral("workspace.backup-20261123-090507-holiday.sqlite")));
    CHECK_FALSE(
        BackupFileName::parse(QStringLiteral("workspace.backup-20261123-090507-daily.sqlite.partial")));
}

TEST_CASE("Rotation keeps the newest backup of each of the last days, weeks and months", "[file][backup]")
{
    // Three backups a day for 400 days, the newest on Friday 2026-11-20.
    QList<BackupEntry> entries;
    const QDate last(2026, 11, 20);
    for (int d = 0; d < 400; ++d)
        for (int hour : {8, 12, 17})
            entries.append(entryAt(QDateTime(last.addDays(-d), QTime(hour, 0))));
    const QList<BackupEntry> removed = BackupCatalogue::toRemove(entries, BackupPolicy{7, 4, 12});
    QSet<QString> kept;
    for (const BackupEntry& e : entries)
        kept.insert(e.path);
    for (const BackupEntry& e : removed)
        kept.remove(e.path);
    QSet<QString> expected;
    const auto at17 = [](QDate d) { return entryAt(QDateTime(d, QTime(17, 0))).path; };
    for (int d = 0; d < 7; ++d) // the last 7 days
        expected.insert(at17(last.addDays(-d)));
    // every backup of the last 24 hours
    expected.insert(entryAt(QDateTime(last, QTime(8, 0))).path);
    expected.insert(entryAt(QDateTime(last, QTime(12, 0))).path);
    // the last 4 ISO weeks: this week's newest (today) and the Sundays before
    for (QDate sunday : {QDate(2026, 11, 15), QDate(2026, 11, 8), QDate(2026, 11, 1)})
        expected.insert(at17(sunday));
    // the last 12 months: this month's newest (today) and the last days of 11 months before
    for (int m = 1; m < 12; ++m) {
        const QDate first = QDate(2026, 11, 1).addMonths(-m);
        expected.insert(at17(first.addDays(first.daysInMonth() - 1)));
    }
    CHECK(kept == expected);
    CHECK(kept.size() == 2 + 7 + 2 + 11); // the 15th is both a day's and a week's newest
}

TEST_CASE("Rotating backups over simulated days keep what the policy says, and only our files", "[file][backup]")
{
    TempWorkspace temp(false);
    QTemporaryDir dir;
    BackupSettings settings;
    settings.folder = dir.path();
    settings.policy = {7, 4, 12};
    // Not ours: another file, and a file named like ours that is not a PartyDesk database.
    QFile foreign(dir.filePath(QStringLiteral("workspace.backup-20250101-000000-daily.sqlite")));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("not a database");
    foreign.close();
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.close();

    const QDate start(2026, 1, 1); // a Thursday
    for (int d = 0; d < 20; ++d) {
        const BackupOutcome outcome = BackupCatalogue::take(temp.path(), settings, BackupReason::Daily,
                                                            QDateTime(start.addDays(d), QTime(8, 30)));
        INFO(outcome.error.toStdString());
        REQUIRE(outcome.ok());
        CHECK(QFile::exists(outcome.path));
    }
    QStringList expected = {QStringLiteral("notes.txt"),
                            QStringLiteral("workspace.backup-20250101-000000-daily.sqlite")};
    // The last 7 days (14th to 20th), the newest of ISO weeks 3, 2 and 1 (18th, 11th, 4th).
    for (int day : {4, 11, 14, 15, 16, 17, 18, 19, 20})
        expected << QStringLiteral("workspace.backup-202601%1-083000-daily.sqlite")
                        .arg(day, 2, 10, QLatin1Char('0'));
    expected.sort();
    CHECK(filesIn(dir.path()) == expected);

    const QList<BackupEntry> listed = BackupCatalogue::list(dir.path(), temp.path());
    REQUIRE(listed.size() == 10);
    CHECK(listed.first().name.takenAt.date() == QDate(2026, 1, 20));
    CHECK(listed.first().verified);
    CHECK(listed.first().memberCount == 0);
    CHECK_FALSE(listed.last().verified); // the foreign file never counts as a good backup
    CHECK(BackupCatalogue::lastGood(listed) == &listed.first());
    CHECK_FALSE(BackupCatalogue::lastGoodOlderThan(listed, QDateTime(QDate(2026, 1, 27), QTime(8, 0))));
    CHECK(BackupCatalogue::lastGoodOlderThan(listed, QDateTime(QDate(2026, 1, 28), QTime(9, 0))));
}

TEST_CASE("A backup is checked before it counts: a damaged workspace leaves no backup file", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    writeDamagedCopy(temp.db(), damaged);
    QTemporaryDir out;
    const BackupOutcome outcome = BackupWriter::write(damaged, out.filePath(QStringLiteral("copy.sqlite")));
    StorageHealth::reset();
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.sourceDamaged);
    CHECK(outcome.error.contains(QStringLiteral("check")));
    CHECK(filesIn(out.path()).isEmpty());
}

TEST_CASE("A cancelled backup leaves no file", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir out;
    const BackupOutcome outcome = BackupWriter::write(
        temp.path(), out.filePath(QStringLiteral("copy.sqlite")), [](qint64, qint64) { return false; });
    CHECK(outcome.cancelled);
    CHECK(filesIn(out.path()).isEmpty());
}

TEST_CASE("A verified backup is a readable copy with the members, readable by its owner only", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("copy.sqlite"));
    const BackupOutcome outcome = BackupWriter::write(temp.path(), path);
    REQUIRE(outcome.ok());
    QSqlQuery q(temp.db());
    REQUIRE((q.exec(QStringLiteral("SELECT count(*) FROM member WHERE left_on IS NULL")) && q.next()));
    CHECK(outcome.memberCount == q.value(0).toInt());
    CHECK(outcome.memberCount > 300);
    const BackupCheck check = BackupWriter::verify(path);
    CHECK(check.ok());
    CHECK(check.memberCount == outcome.memberCount);
#ifdef Q_OS_UNIX
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // one file that travels alone
}

TEST_CASE("Restore round-trips: a change after the backup is gone, the file before is backed up", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    BackupSettings settings;
    settings.folder = dir.path();
    const QDateTime morning(QDate(2026, 11, 15), QTime(8, 0));
    const BackupOutcome backup = BackupCatalogue::take(temp.path(), settings, BackupReason::Daily, morning);
    REQUIRE(backup.ok());

    const QString renamed = renameFirstMember(temp.db());
    REQUIRE(membersNamed(temp.db(), renamed) == 1);

    RestoreRequest request;
    request.backupPath = backup.path;
    request.workspacePath = temp.path();
    request.settings = settings;
    request.now = morning.addSecs(3600);
    QSqlDatabase db = temp.db();
    const RestoreOutcome outcome = BackupRestore::restore(request, [&db] { db.close(); });
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.workspaceClosed);
    REQUIRE(db.open());
    CHECK(membersNamed(db, renamed) == 0);
    CHECK(outcome.memberCount == backup.memberCount);
    QSqlQuery audit(db);
    REQUIRE((audit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'restore'")) &&
             audit.next()));
    CHECK(audit.value(0).toString().contains(QFileInfo(backup.path).fileName()));

    // The file as it was before the restore is a backup of its own, with the added member.
    REQUIRE(QFile::exists(outcome.preRestoreBackup));
    CHECK(BackupFileName::parse(QFileInfo(outcome.preRestoreBackup).fileName())->reason ==
          BackupReason::BeforeRestore);
    CHECK(membersNamedIn(outcome.preRestoreBackup, renamed) == 1);
    CHECK_FALSE(QFile::exists(temp.path() + QStringLiteral(".restoring.partial")));
}

TEST_CASE("Restore refuses a damaged or foreign backup and leaves the workspace as it was", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    writeDamagedCopy(temp.db(), damaged);
    const QString text = dir.filePath(QStringLiteral("text.sqlite"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QString renamed = renameFirstMember(temp.db());
    for (const QString& backup : {damaged, text}) {
        RestoreRequest request;
        request.backupPath = backup;
        request.workspacePath = temp.path();
        request.settings.folder = dir.filePath(QStringLiteral("backups"));
        request.now = QDateTime::currentDateTime();
        bool closed = false;
        const RestoreOutcome outcome = BackupRestore::restore(request, [&closed] { closed = true; });
        StorageHealth::reset();
        CHECK_FALSE(outcome.ok());
        CHECK_FALSE(closed);
        CHECK(membersNamed(temp.db(), renamed) == 1);
        CHECK(filesIn(dir.filePath(QStringLiteral("backups"))).isEmpty());
    }
}

TEST_CASE("Restore refuses while another connection keeps the workspace open", "[file][backup]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupWriter::write(temp.path(), copy).ok());
    RestoreRequest request;
    request.backupPath = copy;
    request.workspacePath = temp.path();
    request.settings.folder = dir.filePath(QStringLiteral("backups"));
    request.now = QDateTime::currentDateTime();
    // The caller "forgets" to close its connection: the file must not be swapped under it.
    const RestoreOutcome outcome = BackupRestore::restore(request, [] {});
    INFO(outcome.error.toStdString());
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.error.contains(QStringLiteral("open")));
    QSqlQuery q(temp.db());
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM member")));
}
