#include "TestServer.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace partydesk::test {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("PARTYDESK_TEST_POSTGRES");
}

// The server's maintenance connection, for CREATE and DROP DATABASE (which cannot run in a
// workspace's own database).
QSqlDatabase admin()
{
    const QString name = QStringLiteral("test-server-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QString error;
    const ServerAddress address = ServerAddress::parse(serverUrl(), &error);
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    Database::configureServerConnection(db, address, {});
    if (!db.open())
        throw std::runtime_error("the test server cannot be reached: " + db.lastError().text().toStdString());
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

void run(const QString& sql)
{
    QSqlQuery q(admin());
    if (!q.exec(sql))
        throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
}

QString urlOf(const QString& database)
{
    QString error;
    ServerAddress address = ServerAddress::parse(serverUrl(), &error);
    address.database = database;
    return address.url();
}

// Each process migrates one database once and copies it for every workspace, as CREATE DATABASE
// … TEMPLATE does cheaply; dropped when the process ends.
QString templateDatabase()
{
    static const QString name = [] {
        const QString database = QStringLiteral("pdtest_%1_template").arg(QCoreApplication::applicationPid());
        run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
        run(QStringLiteral("CREATE DATABASE %1").arg(database));
        {
            Database::Result opened =
                Database::openServer(urlOf(database), QStringLiteral("test-server-template"));
            if (!opened.ok)
                throw std::runtime_error(opened.error.toStdString());
            opened.db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-server-template"));
        std::atexit([] {
            QSqlQuery q(admin());
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS pdtest_%1_template WITH (FORCE)")
                       .arg(QCoreApplication::applicationPid()));
        });
        return database;
    }();
    return name;
}

} // namespace

bool TestServer::active()
{
    return !serverUrl().isEmpty();
}

QString TestServer::createWorkspace()
{
    static int counter = 0;
    const QString source = templateDatabase();
    const QString database =
        QStringLiteral("pdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
    run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(database, source));
    return urlOf(database);
}

QString TestServer::createEmptyDatabase()
{
    static int counter = 0;
    const QString database =
        QStringLiteral("pdtest_%1_empty_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
    run(QStringLiteral("CREATE DATABASE %1").arg(database));
    return urlOf(database);
}

void TestServer::dropWorkspace(const QString& url)
{
    QString error;
    const ServerAddress address = ServerAddress::parse(url, &error);
    QSqlQuery q(admin());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address.database));
}

} // namespace partydesk::test
