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

// Runs `work(&id)` in one transaction: committed when it returns an empty string, rolled back
// (and the error returned) otherwise.
// Nothing starts once SQLite has reported damage in the file.
template <typename Work> WriteResult inTransaction(QSqlDatabase& db, Work work)
{
    const QString damage = StorageHealth::damage();
    if (!damage.isEmpty())
        return {0, damage};
    if (!db.transaction())
        return {0, db.lastError().text()};
    qint64 id = 0;
    const QString error = work(&id);
    if (!error.isEmpty()) {
        db.rollback();
        return {0, error};
    }
    if (!db.commit())
        return {0, db.lastError().text()};
    return {id, {}};
}

} // namespace partydesk
