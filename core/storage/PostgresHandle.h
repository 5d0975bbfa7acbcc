#pragma once

#include <libpq-fe.h>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace partydesk {

// The libpq connection behind a Qt connection, or nullptr (closed, or another driver). Qt names
// the type as its driver declared it or as the compiler spells it.
inline PGconn* postgresHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace partydesk
