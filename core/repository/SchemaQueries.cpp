#include "SchemaQueries.h"

#include "storage/SqlDialect.h"

namespace partydesk::SchemaQueries {

namespace {

// The table's name as a regclass literal; names are the schema's own, never user text.
QString regclass(const QString& table)
{
    return QStringLiteral("to_regclass('\"%1\"')").arg(table);
}

} // namespace

QString tables(const QSqlDatabase& db)
{
    if (onServer(db))
        return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                              "AND tablename <> 'partydesk_schema'");
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

QString tableInfo(const QSqlDatabase& db, const QString& table)
{
    if (onServer(db))
        return QStringLiteral("SELECT a.attnum, a.attname, '', a.attnotnull, '', "
                              "coalesce((SELECT k.n FROM unnest(i.indkey) WITH ORDINALITY AS k(att, n) WHERE "
                              "k.att = a.attnum), 0) "
                              "FROM pg_attribute a LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND "
                              "i.indisprimary WHERE a.attrelid = %1 AND a.attnum > 0 AND NOT a.attisdropped "
                              "ORDER BY a.attnum")
            .arg(regclass(table));
    return QStringLiteral("PRAGMA table_info(\"%1\")").arg(table);
}

QString foreignKeyList(const QSqlDatabase& db, const QString& table)
{
    if (onServer(db))
        return QStringLiteral(
                   "SELECT CAST(c.oid AS bigint), k.n - 1, p.relname, ca.attname, pa.attname, '', "
                   "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN "
                   "'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END "
                   "FROM pg_constraint c JOIN pg_class p ON p.oid = c.confrelid "
                   "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_att, "
                   "parent_att, n) "
                   "JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_att "
                   "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_att "
                   "WHERE c.contype = 'f' AND c.conrelid = %1 ORDER BY c.oid, k.n")
            .arg(regclass(table));
    return QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table);
}

QString deferForeignKeys(const QSqlDatabase& db)
{
    // SQLite resets it at the end of the transaction; SET CONSTRAINTS lasts for the transaction.
    return onServer(db) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                        : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

} // namespace partydesk::SchemaQueries
