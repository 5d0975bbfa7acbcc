#pragma once

#include "service/ServiceResult.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

// Runs a read. A failure is never silent: it is logged under partydesk.storage with the query, and
// the caller learns of it, so no figure is computed from a read that stopped half-way.
inline bool execRead(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage).noquote() << query.lastError().text() << "in" << query.lastQuery();
    return false;
}

// The id an `INSERT ... RETURNING id` gave back, after exec() succeeded (0 if it gave none).
// Portable where lastInsertId() is not (QPSQL has none for tables without OIDs). The statement is
// finished at once: one whose row was left unread stays open in SQLite, and a cached statement
// would keep it so, making a later COMMIT fail ("SQL statements in progress").
inline qint64 returnedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

} // namespace partydesk
