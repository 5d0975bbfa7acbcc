#pragma once

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Questions about the schema itself, asked the same way of SQLite and of PostgreSQL: each answer
// comes in the row layout of SQLite's PRAGMA of the same name, so the code reading it is one.
namespace SchemaQueries {

// One row per table: name.
QString tables(const QSqlDatabase& db);
// PRAGMA table_info: cid, name, type, notnull, default, position in the primary key (0: none).
QString tableInfo(const QSqlDatabase& db, const QString& table);
// PRAGMA foreign_key_list: id, seq, parent table, column, parent column, on update, on delete.
QString foreignKeyList(const QSqlDatabase& db, const QString& table);
// Checks of references wait for the commit (RESTRICT still acts at once, on both).
QString deferForeignKeys(const QSqlDatabase& db);

} // namespace SchemaQueries
} // namespace partydesk
