#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace partydesk::PackageRows {

// A table a year's package carries: its key in the JSON and its references to other tables carried,
// as column → table. References travel as uids, so the receiving file can resolve them to its own ids.
struct SentTable
{
    QString name;
    QString key;
    QList<std::pair<QString, QString>> references;
    // The table `column` refers to, or empty when it is not a reference.
    QString referenced(const QString& column) const;
};

// In the order they are written: each refers only to tables before it, except organisation.grid_id.
const QList<SentTable>& sentTables();
const SentTable& sentTable(const QString& name);

// Columns that belong to one file, not to the record: its own ids and versions.
bool localColumn(const QString& column);

// id → uid of every row of `table` (empty for rows without one).
QHash<qint64, QString> uidsById(const QSqlDatabase& db, const QString& table);

// How a reference to local record `id` is written: its uid, or "#id" when it has none yet (only a
// record that has never been sent has none; a package never carries one).
QString referenceText(const QHash<qint64, QString>& uids, qint64 id);

struct Row
{
    qint64 id = 0;
    QJsonObject values; // every column but the local ones, references as uids
};
// Every row of `table` as JSON, references written as referenceText writes them. `*error` is set on
// failure.
QList<Row> rowsOf(const QSqlDatabase& db, const SentTable& table,
                  const QHash<QString, QHash<qint64, QString>>& uids, QString* error);

} // namespace partydesk::PackageRows
