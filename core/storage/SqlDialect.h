#pragma once

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// The two databases a workspace lives in: an SQLite file on the PC (the default), or a PostgreSQL
// server shared by several PCs. Almost all SQL is written once for both; the few places where the
// two differ ask for their fragment here, so each difference is named once.
enum class SqlDialect
{
    Sqlite,
    Postgres
};

SqlDialect dialectOf(const QSqlDatabase& db);
inline bool onServer(const QSqlDatabase& db)
{
    return dialectOf(db) == SqlDialect::Postgres;
}

namespace Sql {

// The local date and time now, as text 'YYYY-MM-DD HH:MM:SS' (how the schema keeps times).
QString nowLocal(const QSqlDatabase& db);
// `dateExpression` (text 'YYYY-MM-DD') moved by whole `years`, as text 'YYYY-MM-DD'.
QString datePlusYears(const QSqlDatabase& db, const QString& dateExpression, int years);
// The character with code `code` (a separator no name contains), as an SQL expression.
QString character(const QSqlDatabase& db, int code);

} // namespace Sql
} // namespace partydesk
