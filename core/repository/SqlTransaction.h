#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include "RepositoryError.h"
#include "storage/StorageHealth.h"

namespace partydesk {

// Runs a prepared query; returns the error text, or an empty string.
inline QString execQuery(QSqlQuery& query)
{
    return query.exec() ? QString() : query.lastError().text();
}

// One transaction, or a savepoint inside the caller's: a user action that is made of several
// service calls (an import, the demo) is then one transaction, so a kill or a failure anywhere
// leaves the file as it was before the action. Rolled back unless commit() succeeded.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    // Why it could not begin, or an empty string.
    QString error() const { return m_error; }
    bool nested() const { return !m_savepoint.isEmpty(); }
    // Returns the error text, or an empty string.
    QString commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // set when inside the caller's transaction
    QString m_error;
    bool m_open = false;
};

// True while `db` is inside a transaction.
bool inOpenTransaction(const QSqlDatabase& db);

// Runs `work(&id)` in one transaction (a savepoint inside the caller's): committed when it returns
// an empty string, rolled back (and the error returned) otherwise.
// Nothing starts once SQLite has reported damage in the file.
template <typename Work> WriteResult inTransaction(QSqlDatabase& db, Work work)
{
    const QString damage = StorageHealth::damage();
    if (!damage.isEmpty())
        return {0, damage};
    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty())
        return {0, transaction.error()};
    qint64 id = 0;
    const QString error = work(&id);
    if (!error.isEmpty()) {
        transaction.rollback();
        return {0, error};
    }
    if (const QString failed = transaction.commit(); !failed.isEmpty())
        return {0, failed};
    return {id, {}};
}

} // namespace partydesk
