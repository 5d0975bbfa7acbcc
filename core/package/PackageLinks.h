#pragma once

#include "PackageRows.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk::PackageRows {

// A table of a package whose rows have no uid of their own: they are told apart by the records they
// join (an attendance by its meeting and member, a tag by its member and text), written as the
// package names those records (see namingColumn).
struct LinkTable
{
    QString name;
    QString key;
    QList<std::pair<QString, QString>> references; // column → table
    QStringList keyColumns;                        // together, what tells one row from another
    // The references whose records must all be in the package for a row here to be the package's
    // business: a row of a meeting the package carries is its to keep, change or remove.
    QStringList scope;
    QString referenced(const QString& column) const;
    // The columns that are not the key (the values that may change).
    QStringList valueColumns(const QJsonObject& row) const;
};

// In the order they are written.
const QList<LinkTable>& linkTables();

struct LinkRow
{
    QString key;                // the key columns as sent, joined
    QJsonObject values;         // every column, references named as a package names them
    QHash<QString, qint64> ids; // the reference columns' ids in the file read
};

QString keyOf(const LinkTable& table, const QJsonObject& values);

// Every row of `table` in this file (`*error` set on failure).
QList<LinkRow> linkRowsOf(const QSqlDatabase& db, const LinkTable& table, const Identities& names,
                          QString* error);
// The rows of `table` whose `column` is one of `ids` (ids of this file).
QList<LinkRow> linkRowsWith(const QSqlDatabase& db, const LinkTable& table, const Identities& names,
                            const QString& column, const QList<qint64>& ids, QString* error);

} // namespace partydesk::PackageRows
