#pragma once

#include <functional>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace partydesk::PackageRows {

// A table a year's package carries: its key in the JSON and its references to other tables carried,
// as column → table. References travel as uids, so the receiving file can resolve them to its own ids.
struct SentTable
{
    QString name;
    QString key;
    QList<std::pair<QString, QString>> references;
    // The organisation a row belongs to, which places it in the community's part of the street's
    // tree (what the part holds and the package does not is left); empty for organisations.
    QString partColumn;
    // Only the rows of the package's year travel (and only those can be left), by this date column.
    QString yearColumn;
    // References that become NULL where the record referred to is not known (a meeting's monthly
    // plan: the street's own plans are not the community's, unless the street sent them down).
    QStringList optionalReferences;
    // A table without an organisation of its own: the reference whose record's part, and year when
    // this table has no date of its own, its rows share (a unit's resources are its community's).
    QString parentColumn = {};
    // The table `column` refers to, or empty when it is not a reference.
    QString referenced(const QString& column) const;
};

// In the order they are written: each refers only to tables before it, except organisation.grid_id.
const QList<SentTable>& sentTables();
const SentTable& sentTable(const QString& name);

// "SELECT `columns` FROM" the table (as t), joined to its parent record (as p) when it has one, with a
// WHERE clause that keeps only the rows of `year` when it is given and the table or its parent is dated
// (else TRUE, so that more conditions can follow with AND); `*bounds` receives the values to bind.
QString selectOf(const SentTable& table, const QString& columns, int year, QVariantList* bounds);

// Runs `sql` (ending in a WHERE clause) + " AND `column` IN (…)" over `values` a slice at a time, binding
// `before` ahead of each slice, and hands every row to `row`: a workspace of a whole district is read
// for the records a package concerns, never whole. `*error` is set on failure.
void eachIn(const QSqlDatabase& db, const QString& sql, const QVariantList& before, const QString& column,
            const QVariantList& values, const std::function<void(const QSqlQuery&)>& row, QString* error);
// The expression, over t and p as selectOf names them, of the organisation a row belongs to; empty
// for a table that has none (organisations themselves).
QString partExpression(const SentTable& table);

// Columns that belong to one file, not to the record: its own ids and versions.
bool localColumn(const QString& column);

// id → uid of every row of `table` (empty for rows without one).
QHash<qint64, QString> uidsById(const QSqlDatabase& db, const QString& table);

// By table, id → how a package names the record: its uid, except prescribed actions, named by their
// name (each district configures its own list). Every table a package's rows refer to is here.
using Identities = QHash<QString, QHash<qint64, QString>>;
Identities identities(const QSqlDatabase& db);

// The column that names a record of `table` in a package: "name" for prescribed actions, else "uid".
QString namingColumn(const QString& table);

// How a reference to local record `id` is written: its uid, or "#id" when it has none yet (only a
// record that has never been sent has none; a package never carries one).
QString referenceText(const QHash<qint64, QString>& uids, qint64 id);

// The first and last day of `year`, as date columns hold them (text, ISO), for BETWEEN.
std::pair<QString, QString> yearBounds(int year);

struct Row
{
    qint64 id = 0;
    QJsonObject values; // every column but the local ones, references as uids
};
// The rows of `table` as JSON, references written as referenceText writes them: all of them, or
// with `year` only those of that year (tables with a yearColumn). `*error` is set on failure.
QList<Row> rowsOf(const QSqlDatabase& db, const SentTable& table, const Identities& uids, QString* error,
                  int year = 0);
// The rows of `table` whose uid is one of `wanted`, as rowsOf gives them.
QList<Row> rowsWithUids(const QSqlDatabase& db, const SentTable& table, const Identities& uids,
                        const QStringList& wanted, QString* error);

// A value of a package as this file's column takes it: typed nulls, integers as integers, 0/1
// rather than booleans.
QVariant columnValue(const QJsonValue& value, const QSqlField& field);
// A column's value as a package carries it: NULL as null (a NULL text would otherwise go as "").
QJsonValue jsonValue(const QVariant& value);

} // namespace partydesk::PackageRows
