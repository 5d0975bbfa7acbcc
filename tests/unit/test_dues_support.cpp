#include "test_dues_support.h"

#include "repository/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk::test {

qint64 addDuesMember(QSqlDatabase db, const QString& name, qint64 org, QDate onRoster,
                     const QString& category, const QString& status, QDate joinedOn, QDate leftOn)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO member (name, sex, org_id, category, status, joined_on, left_on, "
                             "leave_kind) VALUES (?, 'M', ?, ?, ?, ?, ?, ?)"));
    bindValues(q, {name, org, category, status, sqlDate(joinedOn), sqlDate(leftOn),
                   leftOn.isValid() ? QVariant(QStringLiteral("transfer_out")) : QVariant()});
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO member_event (member_id, event_date, kind, to_value) "
                             "VALUES (?, ?, 'joined_roster', ?)"));
    bindValues(e, {id, sqlDate(onRoster), category});
    REQUIRE(e.exec());
    return id;
}

qint64 addDuesOrganisation(QSqlDatabase db, const QString& name, const QString& type, qint64 parent)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)"));
    bindValues(q, {name, type, sqlId(parent)});
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

} // namespace partydesk::test
