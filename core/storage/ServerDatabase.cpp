// Database::openServer: a workspace on a PostgreSQL server, shared by several PCs.

#include "Database.h"
#include "ServerAddress.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace partydesk {

namespace {

// The version of the schema lives in its own one-row table: PostgreSQL has no user_version.
const char* const versionTable = "partydesk_schema";
// Taken for each step, so two PCs opening a new server at once do not both create the tables.
const char* const migrationLock = "SELECT pg_advisory_xact_lock(1346653233)";

QString run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : query.lastError().text();
}

// The schema version written on the server, 0 for an empty database, or -1 when the database
// holds another program's tables.
int serverVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL, (SELECT count(*) FROM pg_tables "
                               "WHERE schemaname = current_schema())")
                    .arg(QLatin1String(versionTable))) ||
        !q.next()) {
        *error = q.lastError().text();
        return 0;
    }
    if (!q.value(0).toBool())
        return q.value(1).toInt() > 0 ? -1 : 0;
    if (!q.exec(QStringLiteral("SELECT max(version) FROM %1").arg(QLatin1String(versionTable))) ||
        !q.next()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

// One step in one transaction: PostgreSQL's DDL is transactional, so a failed step leaves nothing.
QString migrateStep(QSqlDatabase& db, const Migration& migration, bool* createdTables)
{
    if (!db.transaction())
        return db.lastError().text();
    QString error = run(db, QLatin1String(migrationLock));
    int version = 0;
    if (error.isEmpty())
        version = serverVersion(db, &error);
    if (error.isEmpty() && version < migration.version) {
        // Another PC may have made them while this one waited for the lock: only the first does.
        *createdTables = version == 0;
        if (version == 0)
            error = run(db, QStringLiteral("CREATE TABLE %1 (version integer NOT NULL)")
                                .arg(QLatin1String(versionTable)));
        for (const QString& statement : splitSqlStatements(migration.sql)) {
            if (!error.isEmpty())
                break;
            error = run(db, statement);
        }
        if (error.isEmpty() && migration.afterSql)
            error = migration.afterSql(db);
        if (error.isEmpty())
            error = run(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(versionTable)));
        if (error.isEmpty())
            error = run(db, QStringLiteral("INSERT INTO %1 (version) VALUES (%2)")
                                .arg(QLatin1String(versionTable))
                                .arg(migration.version));
    }
    if (!error.isEmpty()) {
        db.rollback();
        return QCoreApplication::translate("Database", "Schema step %1 failed: %2")
            .arg(migration.version)
            .arg(error);
    }
    if (!db.commit()) {
        error = db.lastError().text();
        db.rollback();
    }
    return error;
}

QString connectionCause(const QSqlError& error)
{
    return serverConnectionCause(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

} // namespace

void Database::configureServerConnection(QSqlDatabase& db, const ServerAddress& address,
                                         const QString& password)
{
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    db.setPassword(password.isEmpty() ? address.password : password);
    db.setConnectOptions(address.connectOptions());
}

Database::Result Database::openServer(const QString& url, const QString& connectionName,
                                      const QString& password, const QList<Migration>& migrations)
{
    QSqlDatabase none;
    QString error;
    const ServerAddress address = ServerAddress::parse(url, &error);
    if (!error.isEmpty())
        return failure(none, connectionName, error);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(none, connectionName,
                       QCoreApplication::translate("Database",
                                                   "This PartyDesk cannot reach a PostgreSQL server: "
                                                   "Qt's PostgreSQL driver (package libqt6sql6-psql) "
                                                   "is not installed."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    configureServerConnection(db, address, password);
    if (!db.open())
        return failure(db, connectionName,
                       QCoreApplication::translate("Database",
                                                   "The server %1 cannot be reached or refused the "
                                                   "connection: %2")
                           .arg(address.url(), connectionCause(db.lastError())));
    // Notices ("relation already exists, skipping") are not the user's business.
    run(db, QStringLiteral("SET client_min_messages = warning"));
    // Times the server writes (column defaults) are the PC's local time, as on a file; Qt's driver
    // sets UTC. A zone the server does not know leaves UTC.
    run(db, QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));

    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const int version = serverVersion(db, &error);
    if (!error.isEmpty())
        return failure(db, connectionName,
                       QCoreApplication::translate("Database", "The database %1 cannot be read: %2")
                           .arg(address.url(), error));
    if (version < 0)
        return failure(db, connectionName,
                       QCoreApplication::translate("Database",
                                                   "The database %1 holds another program's tables, "
                                                   "not a PartyDesk workspace. Nothing was changed; "
                                                   "ask for an empty database of its own.")
                           .arg(address.url()));
    if (version > latest)
        return failure(db, connectionName,
                       QCoreApplication::translate(
                           "Database", "The database %1 was written by a newer version of PartyDesk "
                                       "(schema %2; this version knows up to %3). Nothing was "
                                       "changed; please upgrade.")
                           .arg(address.url(), QString::number(version), QString::number(latest)));
    bool created = false;
    for (const Migration& migration : migrations) {
        if (migration.version <= version)
            continue;
        bool createdHere = false;
        error = migrateStep(db, migration, &createdHere);
        created = created || createdHere;
        if (!error.isEmpty())
            return failure(
                db, connectionName,
                QCoreApplication::translate("Database", "The database %1 could not be upgraded: %2")
                    .arg(address.url(), error));
    }
    Result result;
    result.ok = true;
    result.db = db;
    result.created = created;
    return result;
}

} // namespace partydesk
