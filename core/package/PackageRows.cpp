#include "PackageRows.h"

#include "repository/SqlRead.h"

#include <cmath>
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
          {QStringLiteral("grid_id"), QStringLiteral("grid")}},
         {},
         {},
         {}},
        {QStringLiteral("grid"),
         QStringLiteral("grids"),
         {{QStringLiteral("community_id"), QStringLiteral("organisation")}},
         QStringLiteral("community_id"),
         {},
         {}},
        {QStringLiteral("member"),
         QStringLiteral("members"),
         {{QStringLiteral("org_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")}},
         QStringLiteral("org_id"),
         {},
         {}},
        // Every meeting of the year (theme days and 三会一课 alike: the street checks both).
        {QStringLiteral("meeting"),
         QStringLiteral("meetings"),
         {{QStringLiteral("org_id"), QStringLiteral("organisation")},
          {QStringLiteral("plan_id"), QStringLiteral("monthly_plan")}},
         QStringLiteral("org_id"),
         QStringLiteral("held_on"),
         {QStringLiteral("plan_id")}},
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
    if (q.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(namingColumn(table), table)))
        while (q.next())
            uids.insert(q.value(0).toLongLong(), q.value(1).toString());
    return uids;
}

QString namingColumn(const QString& table)
{
    return table == QLatin1String("prescribed_action") ? QStringLiteral("name") : QStringLiteral("uid");
}

Identities identities(const QSqlDatabase& db)
{
    Identities result;
    for (const QString& table :
         {QStringLiteral("organisation"), QStringLiteral("grid"), QStringLiteral("member"),
          QStringLiteral("meeting"), QStringLiteral("monthly_plan"), QStringLiteral("prescribed_action"),
          QStringLiteral("rating_template"), QStringLiteral("rating_aspect"),
          QStringLiteral("rating_session"), QStringLiteral("rating_task"), QStringLiteral("rating_item")})
        result.insert(table, uidsById(db, table));
    return result;
}

QString referenceText(const QHash<qint64, QString>& uids, qint64 id)
{
    const QString uid = uids.value(id);
    return uid.isEmpty() ? QStringLiteral("#%1").arg(id) : uid;
}

std::pair<QString, QString> yearBounds(int year)
{
    return {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)};
}

QJsonValue jsonValue(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QList<Row> rowsOf(const QSqlDatabase& db, const SentTable& table, const Identities& uids, QString* error,
                  int year)
{
    QList<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ofYear = year > 0 && !table.yearColumn.isEmpty();
    q.prepare(QStringLiteral("SELECT * FROM %1 %2 ORDER BY id")
                  .arg(table.name, ofYear ? QStringLiteral("WHERE %1 BETWEEN ? AND ?").arg(table.yearColumn)
                                          : QString()));
    if (ofYear) {
        q.addBindValue(yearBounds(year).first);
        q.addBindValue(yearBounds(year).second);
    }
    if (!q.exec()) {
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
            else
                row.values.insert(column, jsonValue(value));
        }
        rows.append(row);
    }
    return rows;
}

namespace {

bool isIntegerType(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

} // namespace

QVariant columnValue(const QJsonValue& value, const QSqlField& field)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(field.metaType());
    if (value.isBool())
        return int(value.toBool());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isIntegerType(field.metaType()) || (number == std::trunc(number) && std::abs(number) < 9.0e15))
            return qint64(std::llround(number));
        return number;
    }
    return value.toString();
}

} // namespace partydesk::PackageRows
