#pragma once

#include "repository/RepositoryError.h"
#include "Role.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

struct UserAccount
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    bool active = true;
    QString createdAt;
};

struct SignInFailures
{
    int count = 0;
    QDateTime last;
};

// SQL for users, their password hashes, the wrong-password counts and the security settings.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<UserAccount> all() const;
    UserAccount byName(const QString& name) const; // id 0 when there is none
    UserAccount byId(qint64 id) const;
    QByteArray passwordHash(qint64 id) const;
    int activeAdmins() const;
    WriteResult add(const QString& name, Role role, const QByteArray& passwordHash);
    WriteResult setRole(qint64 id, Role role);
    WriteResult setActive(qint64 id, bool active);
    WriteResult setPasswordHash(qint64 id, const QByteArray& passwordHash);

    SignInFailures failures(const QString& name) const;
    WriteResult recordFailure(const QString& name, const QDateTime& at);
    WriteResult clearFailures(const QString& name);

    QString setting(const QString& key) const;
    WriteResult setSetting(const QString& key, const QString& value);

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
