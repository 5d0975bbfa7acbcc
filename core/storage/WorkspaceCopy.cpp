#include "WorkspaceCopy.h"

#include "Database.h"
#include "repository/SchemaQueries.h"
#include "repository/SqlTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace partydesk {

namespace {

struct Reference
{
    QString column;
    QString table;         // the table it refers to
    bool required = false; // NOT NULL
};

struct Table
{
    QString name;
    QStringList columns;
    QStringList key; // the primary key's columns
    QList<Reference> references;
};

// The source's tables, their keys and references (SchemaQueries, as undo reads them), in name order
// so that the copy's order never depends on how the file was made.
QList<Table> describe(QSqlDatabase& db, QString* error)
{
    QList<Table> tables;
    QSqlQuery q(db);
    if (!q.exec(SchemaQueries::tables(db))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        tables.append({q.value(0).toString(), {}, {}, {}});
    std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.name < b.name; });
    for (Table& table : tables) {
        QSqlQuery info(db);
        if (!info.exec(SchemaQueries::tableInfo(db, table.name))) {
            *error = info.lastError().text();
            return {};
        }
        QList<QPair<int, QString>> key;
        QSet<QString> required;
        while (info.next()) {
            table.columns << info.value(1).toString();
            if (info.value(3).toInt() == 1)
                required.insert(info.value(1).toString());
            if (info.value(5).toInt() > 0)
                key.append({info.value(5).toInt(), info.value(1).toString()});
        }
        std::sort(key.begin(), key.end());
        for (const auto& [position, column] : key)
            table.key << column;
        if (!info.exec(SchemaQueries::foreignKeyList(db, table.name))) {
            *error = info.lastError().text();
            return {};
        }
        while (info.next())
            table.references.append({info.value(3).toString(), info.value(2).toString(),
                                     required.contains(info.value(3).toString())});
    }
    return tables;
}

// The tables in an order where each comes after those its required (NOT NULL) references point
// to. A reference that may be empty and points to a table not yet copied (itself, or organisation
// ↔ grid) is "late": its column is copied empty and filled once every row is in.
QList<Table> ordered(const QList<Table>& tables, QSet<QPair<QString, QString>>* late)
{
    QHash<QString, Table> byName;
    for (const Table& t : tables)
        byName.insert(t.name, t);
    QList<Table> order;
    QHash<QString, int> position;
    std::function<void(const QString&)> visit = [&](const QString& name) {
        if (position.contains(name) || !byName.contains(name))
            return;
        position.insert(name, -1); // being visited: a circle of required references cannot occur
        for (const Reference& r : byName.value(name).references)
            if (r.required && r.table != name)
                visit(r.table);
        position.insert(name, int(order.size()));
        order.append(byName.value(name));
    };
    for (const Table& t : tables)
        visit(t.name);
    for (const Table& t : std::as_const(order))
        for (const Reference& r : t.references)
            if (!r.required && position.value(r.table) >= position.value(t.name))
                late->insert({t.name, r.column});
    return order;
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

qint64 rowCount(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

// The value as the target's SQL literal. The copy writes many rows per statement: a server round
// trip per row would make a district's copy take many minutes.
QString literal(const QSqlDriver* driver, const QVariant& value)
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return driver->formatValue(field);
}

} // namespace

namespace WorkspaceCopy {

QString copy(QSqlDatabase from, QSqlDatabase to, const Progress& progress)
{
    const auto failed = [](const QString& what, const QString& detail) {
        return QCoreApplication::translate("WorkspaceCopy",
                                           "The copy stopped at %1: %2. The target was left as "
                                           "it was.")
            .arg(what, detail);
    };
    if (onServer(from))
        return QCoreApplication::translate("WorkspaceCopy", "Only a workspace file can be copied this way.");
    const int fromVersion = Database::schemaVersion(from);
    const int toVersion = Database::schemaVersion(to);
    if (fromVersion != toVersion)
        return QCoreApplication::translate("WorkspaceCopy",
                                           "The two workspaces have different schema versions (%1 and %2); "
                                           "open the file with this PartyDesk first, so that it is upgraded.")
            .arg(fromVersion)
            .arg(toVersion);
    QString error;
    QSet<QPair<QString, QString>> late;
    const QList<Table> tables = ordered(describe(from, &error), &late);
    if (!error.isEmpty())
        return failed(QStringLiteral("schema"), error);
    qint64 total = 0;
    for (const Table& table : tables) {
        if (table.name == QLatin1String("setting") || table.name == QLatin1String("partydesk_schema"))
            continue;
        if (rowCount(to, table.name) > 0)
            return QCoreApplication::translate("WorkspaceCopy", "The target already holds data (table %1); a "
                                                                "workspace is copied only into an empty one.")
                .arg(table.name);
        total += rowCount(from, table.name);
    }

    ScopedTransaction transaction(to);
    if (!transaction.error().isEmpty())
        return failed(QString(), transaction.error());
    const QSqlDriver* driver = to.driver();
    qint64 done = 0;
    constexpr int rowsPerStatement = 500;
    QStringList fills; // the late references, set once every row is in
    for (const Table& table : tables) {
        // Settings made when the target was created (its keys, its checks) stay the target's own.
        const bool settings = table.name == QLatin1String("setting");
        QSqlQuery read(from);
        read.setForwardOnly(true);
        QStringList columns;
        for (const QString& c : table.columns)
            columns << quoted(c);
        if (!read.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), quoted(table.name))))
            return failed(table.name, read.lastError().text());
        QList<int> lateColumns;
        for (int i = 0; i < table.columns.size(); ++i)
            if (late.contains({table.name, table.columns[i]}))
                lateColumns << i;
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(quoted(table.name), columns.join(QLatin1Char(',')));
        const QString conflict = settings ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString();
        QStringList rows;
        const auto flush = [&]() -> QString {
            if (rows.isEmpty())
                return {};
            QSqlQuery write(to);
            if (!write.exec(insert + rows.join(QLatin1Char(',')) + conflict))
                return write.lastError().text();
            done += rows.size();
            rows.clear();
            if (progress && !progress(done, total))
                return QCoreApplication::translate("WorkspaceCopy", "cancelled");
            return {};
        };
        while (read.next()) {
            QStringList values;
            QStringList lateSets;
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = read.value(i);
                const bool isLate = lateColumns.contains(i) && !value.isNull();
                values << (isLate ? QStringLiteral("NULL") : literal(driver, value));
                if (isLate)
                    lateSets << quoted(table.columns[i]) + QStringLiteral(" = ") + literal(driver, value);
            }
            if (!lateSets.isEmpty()) {
                QStringList where;
                for (const QString& k : table.key)
                    where << quoted(k) + QStringLiteral(" = ") +
                                 literal(driver, read.value(table.columns.indexOf(k)));
                fills << QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                             .arg(quoted(table.name), lateSets.join(QLatin1Char(',')),
                                  where.join(QStringLiteral(" AND ")));
            }
            rows << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
            if (rows.size() == rowsPerStatement)
                if (const QString e = flush(); !e.isEmpty())
                    return failed(table.name, e);
        }
        if (const QString e = flush(); !e.isEmpty())
            return failed(table.name, e);
        // New records on the server continue after the copied ids.
        if (onServer(to) && table.key == QStringList{QStringLiteral("id")}) {
            QSqlQuery sequence(to);
            if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "coalesce(max(id), 0) + 1, false) FROM %2")
                                   .arg(table.name, quoted(table.name))))
                return failed(table.name, sequence.lastError().text());
        }
    }
    for (const QString& fill : std::as_const(fills)) {
        QSqlQuery write(to);
        if (!write.exec(fill))
            return failed(fill.section(QLatin1Char(' '), 1, 1), write.lastError().text());
    }
    const QString committed = transaction.commit();
    return committed.isEmpty() ? QString() : failed(QString(), committed);
}

} // namespace WorkspaceCopy
} // namespace partydesk
