// The workspace on a PostgreSQL server: its schema as migrated, created once however many PCs
// start at once, and names in pinyin order. Run only against a server ([server]; see TestServer).

#include "storage/Database.h"
#include "TestServer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The schema as the server describes it, one sorted line per column, constraint, index and trigger.
QString serverSchemaOf(const QSqlDatabase& db)
{
    QStringList lines;
    QSqlQuery q(db);
    const QStringList queries = {
        QStringLiteral("SELECT table_name || '.' || column_name || ' ' || data_type || "
                       "coalesce(' collate ' || collation_name, '') || "
                       "CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || "
                       "coalesce(' default ' || column_default, '') || "
                       "CASE WHEN is_identity = 'YES' THEN ' identity' ELSE '' END "
                       "FROM information_schema.columns WHERE table_schema = current_schema()"),
        QStringLiteral(
            "SELECT 'constraint ' || CAST(conrelid AS regclass) || ' ' || pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = CAST(current_schema() AS regnamespace)"),
        QStringLiteral("SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()"),
        QStringLiteral("SELECT 'trigger ' || CAST(tgrelid AS regclass) || ' ' || tgname FROM pg_trigger "
                       "WHERE NOT tgisinternal"),
        QStringLiteral(
            "SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' "
            "FROM pg_proc p WHERE p.pronamespace = CAST(current_schema() AS regnamespace) AND "
            "p.proname NOT LIKE 'citext%' AND p.prokind = 'f' AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            "WHERE d.objid = p.oid AND d.deptype = 'e')"),
    };
    for (const QString& sql : queries) {
        REQUIRE(q.exec(sql));
        while (q.next())
            lines << q.value(0).toString();
    }
    lines.sort();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

TEST_CASE("The server's migrated schema matches its checked-in snapshot", "[server]")
{
    TempWorkspace temp;
    CHECK(Database::schemaVersion(temp.db()) == builtInMigrations(SqlDialect::Postgres).constLast().version);
    CHECK(Database::schemaVersion(temp.db()) == builtInMigrations().constLast().version);
    const QString actual = serverSchemaOf(temp.db());
    const QString snapshotPath = QStringLiteral(PARTYDESK_TEST_DATA "/schema-postgres.txt");
    if (qEnvironmentVariableIsSet("PARTYDESK_UPDATE_SNAPSHOT")) {
        QFile out(snapshotPath);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile snapshot(snapshotPath);
    REQUIRE(snapshot.open(QIODevice::ReadOnly));
    CHECK(actual == QString::fromUtf8(snapshot.readAll()));
}

TEST_CASE("Two PCs opening an empty server database at once create its schema once", "[server]")
{
    const QString url = TestServer::createEmptyDatabase();
    Database::Result results[2];
    QThread* threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i] = QThread::create([&results, i, url] {
            results[i] = Database::openServer(url, QStringLiteral("first-start-%1").arg(i));
            if (results[i].ok)
                results[i].db.close();
            results[i].db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("first-start-%1").arg(i));
        });
        threads[i]->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    INFO(results[0].error.toStdString() << " / " << results[1].error.toStdString());
    CHECK(results[0].ok);
    CHECK(results[1].ok);
    CHECK(results[0].created != results[1].created); // one made the tables, the other found them
    {
        Database::Result again = Database::openServer(url, QStringLiteral("first-start-again"));
        REQUIRE(again.ok);
        CHECK_FALSE(again.created);
        QSqlQuery q(again.db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM partydesk_schema")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        q.finish();
        again.db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("first-start-again"));
    TestServer::dropWorkspace(url);
}

TEST_CASE("A database holding another program's tables is refused and left as it was", "[server]")
{
    const QString url = TestServer::createEmptyDatabase();
    {
        Database::Result first = Database::openServer(url, QStringLiteral("foreign-setup"));
        REQUIRE(first.ok);
        QSqlQuery q(first.db);
        REQUIRE(q.exec(QStringLiteral("DROP TABLE partydesk_schema")));
        first.db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-setup"));
    Database::Result refused = Database::openServer(url, QStringLiteral("foreign-open"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("PartyDesk")));
    TestServer::dropWorkspace(url);
}

TEST_CASE("The server lists names in pinyin order", "[server]")
{
    TempWorkspace temp;
    QSqlQuery q(temp.db());
    for (const char* name : {"张家社区党委", "阿里社区党委", "李村社区党委", "赵庄社区党委", "王家社区党委"})
        REQUIRE(q.exec(QStringLiteral("INSERT INTO organisation (name, org_type) VALUES ('%1', 'community')")
                           .arg(QString::fromUtf8(name))));
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM organisation ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    CHECK(names.join(QLatin1Char(' ')) ==
          QStringLiteral("阿里社区党委 李村社区党委 王家社区党委 张家社区党委 赵庄社区党委"));
}
