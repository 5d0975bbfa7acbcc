#include "storage/Database.h"
#include "storage/StorageHealth.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;
using partydesk::test::uniqueConnectionName;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString schemaOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"));
    QStringList statements;
    while (q.next())
        statements << q.value(0).toString() + QStringLiteral(";");
    return statements.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString pragma(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1").arg(name));
    q.next();
    return q.value(0).toString();
}

void close(Database::Result& result, const QString& connection)
{
    result.db.close();
    result.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

void setIntegrityCheckedOn(const QSqlDatabase& db, QDate day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE setting SET value = ? WHERE key = 'integrity_checked_on'"));
    q.addBindValue(day.toString(Qt::ISODate));
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
}

// Reads every row of every table and index, as the commands together would.
int failedReads(const QSqlDatabase& db)
{
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    int failed = 0;
    for (const QString& name : names) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))
            ++failed;
        while (q.next()) {
        }
        if (q.lastError().isValid())
            ++failed;
    }
    return failed;
}

} // namespace

TEST_CASE("A command checks the whole file only when a check is due", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
    {
        const QString connection = uniqueConnectionName();
        Database::Result created = Database::open(path, connection);
        REQUIRE(created.ok);
        // A new file counts as checked today.
        CHECK(pragma(created.db, QStringLiteral("quick_check")) == QStringLiteral("ok"));
        QSqlQuery q(created.db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'integrity_checked_on'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QDate::currentDate().toString(Qt::ISODate));
        setIntegrityCheckedOn(created.db, QDate::currentDate().addDays(-30));
        close(created, connection);
    }
    {
        // A week or more since the last check: checked now, and the day noted.
        const QString connection = uniqueConnectionName();
        Database::Result opened = Database::open(path, connection);
        REQUIRE(opened.ok);
        QSqlQuery q(opened.db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'integrity_checked_on'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QDate::currentDate().toString(Qt::ISODate));
        close(opened, connection);
    }
}

TEST_CASE("After a session that did not close cleanly the file is checked before use", "[file][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        test::TempWorkspace source(true);
        test::writeDamagedCopy(source.db(), path); // checked today
    }
    // What a killed session leaves beside the file: its write-ahead log.
    QFile wal(path + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(64, '\0'));
    wal.close();
    const QByteArray before = fileHash(path);
    Database::Result result = Database::open(path, uniqueConnectionName());
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);
    StorageHealth::reset();
}

TEST_CASE("Damage SQLite meets while working stops every write, with no whole-file check before",
          "[file][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        test::TempWorkspace source(true);
        test::writeDamagedCopy(source.db(), path); // checked today: no check is due
    }
    const QString connection = uniqueConnectionName();
    Database::Result opened = Database::open(path, connection);
    REQUIRE(opened.ok); // the damage is in the middle of the file, where opening does not look
    CHECK(StorageHealth::damage().isEmpty());
    {
        FixedClock clock(QDate(2026, 11, 15));
        Workspace workspace(opened.db, clock);
        CHECK(failedReads(opened.db) > 0);
        CHECK(StorageHealth::damage().contains(QStringLiteral("restore")));
        const qint64 branch = workspace.organisations().all().constLast().id;
        const ServiceResult saved = workspace.memberService().save(test::longStandingMember(branch));
        CHECK_FALSE(saved.ok());
        CHECK(saved.message == StorageHealth::damage());
        CHECK(workspace.writeGate().refusal() == StorageHealth::damage());
    }
    StorageHealth::reset();
    close(opened, connection);
}

TEST_CASE("A new workspace is created at the latest schema with WAL and foreign keys", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
    const QString connection = uniqueConnectionName();
    Database::Result result = Database::open(path, connection);
    REQUIRE(result.ok);
    CHECK(Database::schemaVersion(result.db) == builtInMigrations().constLast().version);
    CHECK(pragma(result.db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(result.db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(result.db, QStringLiteral("synchronous")) != QStringLiteral("0"));
    CHECK(result.backupPath.isEmpty());
    close(result, connection);
}

TEST_CASE("The migrated schema matches the checked-in snapshot", "[database]")
{
    QTemporaryDir dir;
    const QString connection = uniqueConnectionName();
    Database::Result result = Database::open(dir.filePath(QStringLiteral("s.sqlite")), connection);
    REQUIRE(result.ok);
    const QString actual = schemaOf(result.db);
    close(result, connection);

    const QString snapshotPath = QStringLiteral(PARTYDESK_TEST_DATA "/schema.sql");
    if (qEnvironmentVariableIsSet("PARTYDESK_UPDATE_SNAPSHOT")) {
        QFile out(snapshotPath);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile snapshot(snapshotPath);
    REQUIRE(snapshot.open(QIODevice::ReadOnly));
    CHECK(actual == QString::fromUtf8(snapshot.readAll()));
}

TEST_CASE("Upgrading an older workspace writes a backup first and keeps the data", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QList<Migration> migrations = builtInMigrations();
    {
        const QString connection = uniqueConnectionName();
        Database::Result v1 = Database::open(path, connection, migrations);
        REQUIRE(v1.ok);
        QSqlQuery(v1.db).exec(QStringLiteral(
            "INSERT INTO organisation (name, org_type) VALUES ('和平社区大党委', 'big_committee')"));
        close(v1, connection);
    }
    const int next = migrations.constLast().version + 1;
    migrations.append(
        {next, QStringLiteral("ALTER TABLE organisation ADD COLUMN phone TEXT NOT NULL DEFAULT '';\n")});
    const QString connection = uniqueConnectionName();
    Database::Result upgraded = Database::open(path, connection, migrations);
    REQUIRE(upgraded.ok);
    CHECK(Database::schemaVersion(upgraded.db) == next);
    REQUIRE_FALSE(upgraded.backupPath.isEmpty());
    CHECK(QFile::exists(upgraded.backupPath));
    QSqlQuery q(upgraded.db);
    REQUIRE(q.exec(QStringLiteral("SELECT name, phone FROM organisation")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("和平社区大党委"));
    close(upgraded, connection);

    // The backup is the old version, whole.
    const QString backupConnection = uniqueConnectionName();
    Database::Result backup = Database::open(upgraded.backupPath, backupConnection, builtInMigrations());
    REQUIRE(backup.ok);
    CHECK(Database::schemaVersion(backup.db) == next - 1);
    close(backup, backupConnection);
}

TEST_CASE("A failing migration step is rolled back whole", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.sqlite"));
    QList<Migration> migrations = builtInMigrations();
    {
        const QString connection = uniqueConnectionName();
        Database::Result v1 = Database::open(path, connection, migrations);
        REQUIRE(v1.ok);
        close(v1, connection);
    }
    const int version = migrations.constLast().version;
    migrations.append({version + 1, QStringLiteral("CREATE TABLE extra (id INTEGER);\nTHIS IS NOT SQL;\n")});
    const QString connection = uniqueConnectionName();
    Database::Result failed = Database::open(path, connection, migrations);
    CHECK_FALSE(failed.ok);
    CHECK(failed.error.contains(QString::number(version + 1)));

    const QString check = uniqueConnectionName();
    Database::Result reopened = Database::open(path, check, builtInMigrations());
    REQUIRE(reopened.ok);
    CHECK(Database::schemaVersion(reopened.db) == version);
    QSqlQuery q(reopened.db);
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"));
    q.next();
    CHECK(q.value(0).toInt() == 0);
    close(reopened, check);
}

TEST_CASE("Files that are not sound PartyDesk workspaces are refused and left unchanged", "[file][database]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("这不是数据库\n");
        file.close();
        const QByteArray before = fileHash(path);
        Database::Result result = Database::open(path, uniqueConnectionName());
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QStringLiteral("not a PartyDesk database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a workspace from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            const QString connection = uniqueConnectionName();
            Database::Result result = Database::open(path, connection);
            REQUIRE(result.ok);
            QSqlQuery(result.db).exec(QStringLiteral("PRAGMA user_version = 99"));
            QSqlQuery(result.db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            close(result, connection);
        }
        const QByteArray before = fileHash(path);
        Database::Result result = Database::open(path, uniqueConnectionName());
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            const QString connection = uniqueConnectionName();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        }
        const QByteArray before = fileHash(path);
        Database::Result result = Database::open(path, uniqueConnectionName());
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a damaged workspace whose whole-file check is due")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            test::TempWorkspace source(true);
            setIntegrityCheckedOn(source.db(), QDate::currentDate().addDays(-Database::integrityCheckDays));
            test::writeDamagedCopy(source.db(), path);
        }
        const QByteArray before = fileHash(path);
        Database::Result result = Database::open(path, uniqueConnectionName());
        CHECK_FALSE(result.ok);
        CHECK(result.error.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("Statements are split at a semicolon that ends a line", "[database]")
{
    const QStringList statements = splitSqlStatements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE TABLE b (\n  y INTEGER\n);\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(statements[1].contains(QStringLiteral("y INTEGER")));
}
