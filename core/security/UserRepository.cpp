#include "UserRepository.h"

#include "repository/Settings.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace partydesk {

namespace {

const char* const userColumns = "id, name, role, active, created_at";

UserAccount userFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),
            Roles::fromCode(q.value(2).toString()).value_or(Role::Viewer), q.value(3).toBool(),
            q.value(4).toString()};
}

WriteResult run(QSqlQuery& q, qint64 id = 0)
{
    const QString error = execQuery(q);
    return {error.isEmpty() ? id : 0, error};
}

} // namespace

QList<UserAccount> UserRepository::all() const
{
    QSqlQuery q(m_db);
    QList<UserAccount> users;
    if (q.exec(QStringLiteral("SELECT %1 FROM app_user ORDER BY name").arg(QLatin1String(userColumns))))
        while (q.next())
            users.append(userFrom(q));
    return users;
}

UserAccount UserRepository::byName(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE name = ?").arg(QLatin1String(userColumns)));
    q.addBindValue(name.trimmed());
    return q.exec() && q.next() ? userFrom(q) : UserAccount{};
}

UserAccount UserRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE id = ?").arg(QLatin1String(userColumns)));
    q.addBindValue(id);
    return q.exec() && q.next() ? userFrom(q) : UserAccount{};
}

QByteArray UserRepository::passwordHash(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

int UserRepository::activeAdmins() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1")) &&
                   q.next()
               ? q.value(0).toInt()
               : 0;
}

WriteResult UserRepository::add(const QString& name, Role role, const QByteArray& passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO app_user (name, role, password_hash) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(name.trimmed());
    q.addBindValue(Roles::code(role));
    q.addBindValue(QString::fromLatin1(passwordHash));
    const QString error = execQuery(q);
    return {error.isEmpty() ? returnedId(q) : 0, error};
}

WriteResult UserRepository::setRole(qint64 id, Role role)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE app_user SET role = ? WHERE id = ?"));
    q.addBindValue(Roles::code(role));
    q.addBindValue(id);
    return run(q, id);
}

WriteResult UserRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    return run(q, id);
}

WriteResult UserRepository::setPasswordHash(qint64 id, const QByteArray& passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(passwordHash));
    q.addBindValue(id);
    return run(q, id);
}

SignInFailures UserRepository::failures(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT failures, last_failed_at FROM sign_in_failure WHERE user_name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toInt(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate)};
}

WriteResult UserRepository::recordFailure(const QString& name, const QDateTime& at)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO sign_in_failure (user_name, failures, last_failed_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (user_name) DO UPDATE SET failures = sign_in_failure.failures + 1, "
                       "last_failed_at = excluded.last_failed_at"));
    q.addBindValue(name.trimmed());
    q.addBindValue(at.toString(Qt::ISODate));
    return run(q);
}

WriteResult UserRepository::clearFailures(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sign_in_failure WHERE user_name = ?"));
    q.addBindValue(name.trimmed());
    return run(q);
}

QString UserRepository::setting(const QString& key) const
{
    return readSetting(m_db, key);
}

WriteResult UserRepository::setSetting(const QString& key, const QString& value)
{
    return {0, writeSetting(m_db, key, value)};
}

} // namespace partydesk
