#include "PackageRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace partydesk::PackageRows {

QString SentTable::referenced(const QString& column) const
{
    for (const auto& [from, to] : references)
        if (from == column)
            return to;
    return {};
}

const QList<SentTable>& sentTables()
{
    static const QList<SentTable> tables = {
        {QStringLiteral("organisation"),
         QStringLiteral("organisations"),
         {{QStringLiteral("parent_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")}}},
        {QStringLiteral("grid"),
         QStringLiteral("grids"),
         {{QStringLiteral("community_id"), QStringLiteral("organisation")}}},
        {QStringLiteral("member"),
         QStringLiteral("members"),
         {{QStringLiteral("org_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")}}},
    };
    return tables;
}

const SentTable& sentTable(const QString& name)
{
    for (const SentTable& table : sentTables())
        if (table.name == name)
            return table;
    Q_ASSERT_X(false, "sentTable", "not a table a package carries");
    return sentTables().constFirst();
}

bool localColumn(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("row_version");
}

QHash<qint64, QString> uidsById(const QSqlDatabase& db, const QString& table)
{
    QHash<qint64, QString> uids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, uid FROM %1").arg(table)))
        while (q.next())
            uids.insert(q.value(0).toLongLong(), q.value(1).toString());
    return uids;
}

QString referenceText(const QHash<qint64, QString>& uids, qint64 id)
{
    const QString uid = uids.value(id);
    return uid.isEmpty() ? QStringLiteral("#%1").arg(id) : uid;
}

QList<Row> rowsOf(const QSqlDatabase& db, const SentTable& table,
                  const QHash<QString, QHash<qint64, QString>>& uids, QString* error)
{
    QList<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        const QSqlRecord record = q.record();
        Row row;
        for (int c = 0; c < record.count(); ++c) {
            const QString column = record.fieldName(c);
            const QVariant value = record.value(c);
            if (column == QLatin1String("id"))
                row.id = value.toLongLong();
            if (localColumn(column))
                continue;
            const QString referenced = table.referenced(column);
            if (!referenced.isEmpty())
                row.values.insert(column, value.isNull() ? QJsonValue()
                                                         : QJsonValue(referenceText(uids.value(referenced),
                                                                                    value.toLongLong())));
            else // a NULL text column would otherwise go as "" (fromVariant of a null QString)
                row.values.insert(column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace partydesk::PackageRows
