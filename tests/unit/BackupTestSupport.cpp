#include "BackupTestSupport.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

namespace partydesk::test {

QString renameFirstMember(const QSqlDatabase& db)
{
    const QString name = QStringLiteral("备份后改名");
    QSqlQuery q(db);
    REQUIRE(q.exec(
        QStringLiteral("UPDATE member SET name = '%1' WHERE id = (SELECT min(id) FROM member)").arg(name)));
    return name;
}

int membersNamed(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM member WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int membersNamedIn(const QString& path, const QString& name)
{
    const QString connection = uniqueConnectionName();
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            count = membersNamed(db, name);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

} // namespace partydesk::test
