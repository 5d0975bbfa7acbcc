#include "storage/Database.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace partydesk;
using partydesk::test::uniqueConnectionName;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(PARTYDESK_TEST_DATA "/schema-v%1.sql").arg(version);
}

int latestVersion()
{
    return builtInMigrations().constLast().version;
}

// A plain connection, as an older PartyDesk or a test would open the file: no migration.
class RawConnection
{
public:
    explicit RawConnection(const QString& path) : m_name(uniqueConnectionName())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0);
}

// Writes the fixture of a released schema version (SQL text: its migrations verbatim, the
// PRAGMAs that release set, and its rows) into a new file, as that release would have left it.
void loadFixture(int version, const QString& path)
{
    QFile file(fixturePath(version));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    RawConnection raw(path);
    QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    REQUIRE(raw.db().transaction());
    for (const QString& statement : splitSqlStatements(script)) {
        QSqlQuery q(raw.db());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
    REQUIRE(raw.db().commit());
    REQUIRE(scalar(raw.db(), QStringLiteral("PRAGMA user_version")).toInt() == version);
    REQUIRE(scalar(raw.db(), QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
}

QStringList foreignKeyProblems(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QStringList problems;
    while (q.next())
        problems << QStringLiteral("%1 row %2 -> %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

// The columns of every table.
QMap<QString, QStringList> columnsOf(const QSqlDatabase& db)
{
    QMap<QString, QStringList> columns;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(tables.value(0).toString()));
        while (info.next())
            columns[tables.value(0).toString()] << info.value(1).toString();
    }
    return columns;
}

// Every row of each table, as text, in those columns (a later schema may have added columns).
QMap<QString, QStringList> rowsOf(const QSqlDatabase& db, const QMap<QString, QStringList>& columns)
{
    QMap<QString, QStringList> rows;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QSqlQuery q(db);
        REQUIRE(
            q.exec(QStringLiteral("SELECT %1 FROM %2").arg(it.value().join(QStringLiteral(", ")), it.key())));
        QStringList& list = rows[it.key()];
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < it.value().size(); ++c) {
                const QVariant v = q.value(c);
                values << (v.isNull() ? QStringLiteral("NULL")
                           : v.metaType().id() == QMetaType::QByteArray
                               ? QString::fromLatin1(v.toByteArray().toHex())
                               : v.toString());
            }
            list << values.join(QLatin1Char('|'));
        }
        list.sort();
    }
    return rows;
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

QString snapshot()
{
    QFile file(QStringLiteral(PARTYDESK_TEST_DATA "/schema.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int count(const QSqlDatabase& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// Opens through the normal path with `migrations`; closes again.
Database::Result openAndClose(const QString& path, const QList<Migration>& migrations)
{
    const QString connection = uniqueConnectionName();
    Database::Result result = Database::open(path, connection, migrations);
    if (result.ok) {
        result.db.close();
        result.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    return result;
}

// The latest released fixture, upgraded to the latest schema.
void latestWorkspaceWithData(const QString& path)
{
    int newest = 0;
    for (int v = 1; v <= latestVersion(); ++v)
        if (QFile::exists(fixturePath(v)))
            newest = v;
    REQUIRE(newest > 0);
    loadFixture(newest, path);
    const Database::Result upgraded = openAndClose(path, builtInMigrations());
    INFO(upgraded.error.toStdString());
    REQUIRE(upgraded.ok);
}

// The SQLite way to change a table that others refer to (https://sqlite.org/lang_altertable.html,
// "making other kinds of table schema changes"): create the new table, copy, drop the old one,
// rename, and create its indexes again.
QString rebuildStep(const QSqlDatabase& db, const QString& table, bool copyRows)
{
    const QString create =
        scalar(
            db,
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table))
            .toString();
    QString sql = QString(create).replace(QStringLiteral("CREATE TABLE %1 (").arg(table),
                                          QStringLiteral("CREATE TABLE %1_new (").arg(table)) +
                  QStringLiteral(";\n");
    if (copyRows)
        sql += QStringLiteral("INSERT INTO %1_new SELECT * FROM %1;\n").arg(table);
    sql += QStringLiteral("DROP TABLE %1;\nALTER TABLE %1_new RENAME TO %1;\n").arg(table);
    QSqlQuery indexes(db);
    indexes.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = '%1' "
                                "AND sql IS NOT NULL ORDER BY name")
                     .arg(table));
    while (indexes.next())
        sql += indexes.value(0).toString() + QStringLiteral(";\n");
    return sql;
}

} // namespace

TEST_CASE("There is a fixture with data for every released schema version", "[database][migration]")
{
    // The version in development (the newest migration) may not have one yet; every one before
    // it has been released.
    for (int v = 1; v < latestVersion(); ++v) {
        INFO("tests/data/schema-v" << v << ".sql");
        CHECK(QFile::exists(fixturePath(v)));
    }
}

namespace {

// Loads the fixture of `version`, opens it the normal way and checks what the upgrade kept.
void checkUpgradeFrom(int version)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    loadFixture(version, path);

    QMap<QString, QStringList> columnsBefore;
    QMap<QString, QStringList> before;
    {
        RawConnection raw(path);
        REQUIRE(foreignKeyProblems(raw.db()).isEmpty());
        columnsBefore = columnsOf(raw.db());
        before = rowsOf(raw.db(), columnsBefore);
    }
    REQUIRE(before.value(QStringLiteral("member")).size() == 11);

    const QString connection = uniqueConnectionName();
    Database::Result upgraded = Database::open(path, connection);
    INFO(upgraded.error.toStdString());
    REQUIRE(upgraded.ok);
    QSqlDatabase db = upgraded.db;
    CHECK(Database::schemaVersion(db) == latestVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    if (version < latestVersion())
        CHECK(QFile::exists(upgraded.backupPath));

    // Every row of every table is still there, unchanged; the migrations add rows only to their
    // own new tables and to `setting`.
    const QMap<QString, QStringList> after = rowsOf(db, columnsBefore);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        if (it.key() == QLatin1String("setting")) {
            for (const QString& row : it.value())
                CHECK(after.value(it.key()).contains(row));
        } else {
            CHECK(after.value(it.key()).size() == it.value().size());
            CHECK(after.value(it.key()) == it.value());
        }
    }
    // A few values read back through the upgraded schema.
    CHECK(scalar(db, QStringLiteral("SELECT name || ' ' || id_number FROM member WHERE id = 1")).toString() ==
          QStringLiteral("张秀英 430102194803121225"));
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(tag, ',') FROM (SELECT tag FROM member_tag "
                                    "WHERE member_id = 11 ORDER BY tag)"))
              .toString() == QStringLiteral("disabled,hardship,unemployed"));
    CHECK(scalar(db, QStringLiteral("SELECT leave_kind FROM member WHERE id = 10")).toString() ==
          QStringLiteral("death"));
    // Version 7 gave every member the pinyin keys that search as you type finds them by.
    CHECK(scalar(db, QStringLiteral("SELECT name_pinyin || ' ' || name_initials FROM member WHERE id = 1"))
              .toString() == QStringLiteral("zhangxiuying zxy"));
    CHECK(count(db, QStringLiteral("member WHERE name_pinyin = ''")) == 0);
    if (version >= 2)
        CHECK(scalar(db, QStringLiteral(
                             "SELECT assessed_score FROM rating_score WHERE org_id = 6 AND task_id = 3"))
                  .toDouble() == Approx(10.5));
    if (version >= 6)
        CHECK(scalar(db, QStringLiteral("SELECT role FROM app_user WHERE name = '王干事'")).toString() ==
              QStringLiteral("officer"));
    if (version >= 3) {
        CHECK(
            scalar(db, QStringLiteral("SELECT reason FROM attendance WHERE meeting_id = 1 AND member_id = 2"))
                .toString() == QStringLiteral("外出探亲"));
        CHECK(scalar(db, QStringLiteral("SELECT hex(image) FROM meeting_photo WHERE id = 1")).toString() ==
              QStringLiteral("FFD8FFE000104A46494600010100000100010000FFD9"));
    }
    CHECK(count(db, QStringLiteral("prescribed_action")) >= 10);
    // Version 8 made the service post typed on an in-service member's record a post of the member's
    // community, held since the day the member reported.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT p.committee_id || ' ' || p.name || ' ' || c.claimed_on FROM "
                         "service_claim c JOIN service_post p ON p.id = c.post_id WHERE c.member_id = 3"))
              .toString() == QStringLiteral("2 关爱帮扶岗 2023-03-10"));
    CHECK(count(db, QStringLiteral("service_claim")) == 1);
    if (version >= 7) {
        CHECK(scalar(db, QStringLiteral("SELECT amount FROM dues_payment WHERE member_id = 3")).toInt() ==
              12975);
        CHECK(scalar(db, QStringLiteral("SELECT evidence_source FROM rating_task WHERE id = 7")).toString() ==
              QStringLiteral("in_service_service"));
    }

    CHECK(foreignKeyProblems(db).isEmpty());
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(schemaOf(db) == snapshot());

    db = QSqlDatabase();
    upgraded.db.close();
    upgraded.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("Each released schema version upgrades to the latest with its data intact", "[database][migration]")
{
    int fixtures = 0;
    for (int version = 1; version <= latestVersion(); ++version) {
        if (!QFile::exists(fixturePath(version)))
            continue;
        ++fixtures;
        DYNAMIC_SECTION("from schema version " << version)
        {
            checkUpgradeFrom(version);
        }
    }
    CHECK(fixtures >= 3);
}

TEST_CASE("A migration step that rebuilds a parent table keeps the rows that refer to it",
          "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    latestWorkspaceWithData(path);
    // member is referred to with ON DELETE CASCADE (tags, events, attendance), organisation with
    // ON DELETE RESTRICT (members, grids, meetings): with foreign keys on, dropping the old table
    // would delete the first and fail on the second.
    const QString table = GENERATE(as<QString>(), QStringLiteral("member"), QStringLiteral("organisation"));
    INFO("rebuilding " << table.toStdString());

    QList<Migration> migrations = builtInMigrations();
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> before;
    {
        RawConnection raw(path);
        migrations.append({latestVersion() + 1, rebuildStep(raw.db(), table, true)});
        columns = columnsOf(raw.db());
        before = rowsOf(raw.db(), columns);
    }
    REQUIRE(before.value(QStringLiteral("member_tag")).size() > 0);
    REQUIRE(before.value(QStringLiteral("member_event")).size() > 0);
    REQUIRE(before.value(QStringLiteral("attendance")).size() > 0);

    const QString connection = uniqueConnectionName();
    Database::Result upgraded = Database::open(path, connection, migrations);
    INFO(upgraded.error.toStdString());
    REQUIRE(upgraded.ok);
    CHECK(Database::schemaVersion(upgraded.db) == latestVersion() + 1);
    const QMap<QString, QStringList> after = rowsOf(upgraded.db, columns);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(foreignKeyProblems(upgraded.db).isEmpty());
    CHECK(scalar(upgraded.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    // Foreign keys are enforced again afterwards: a member of no organisation is refused.
    QSqlQuery orphan(upgraded.db);
    CHECK_FALSE(orphan.exec(QStringLiteral("INSERT INTO member (name, sex, org_id, category, status) "
                                           "VALUES ('测试', 'M', 999, 'registered', 'applicant')")));
    orphan.finish();
    upgraded.db.close();
    upgraded.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}

TEST_CASE("A migration step that leaves rows pointing nowhere is rolled back and the file is unchanged",
          "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    latestWorkspaceWithData(path);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray hashBefore = fileHash(path);

    // A rebuild of member that forgets to copy the rows: tags, events and attendance would be
    // left pointing at members who no longer exist.
    QList<Migration> migrations = builtInMigrations();
    const int step = latestVersion() + 1;
    QMap<QString, QStringList> columns;
    QMap<QString, QStringList> before;
    {
        RawConnection raw(path);
        migrations.append({step, rebuildStep(raw.db(), QStringLiteral("member"), false)});
        columns = columnsOf(raw.db());
        before = rowsOf(raw.db(), columns);
    }
    const Database::Result failed = openAndClose(path, migrations);
    REQUIRE_FALSE(failed.ok);
    INFO(failed.error.toStdString());
    CHECK(failed.error.contains(QString::number(step)));
    CHECK(failed.error.contains(QStringLiteral("member_tag")));
    CHECK(failed.error.contains(QStringLiteral("attendance")));
    CHECK(failed.error.contains(QStringLiteral("undone")));

    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(fileHash(path) == hashBefore);
    RawConnection raw(path);
    CHECK(Database::schemaVersion(raw.db()) == latestVersion());
    CHECK(rowsOf(raw.db(), columns) == before);
    CHECK(schemaOf(raw.db()) == snapshot());
}
