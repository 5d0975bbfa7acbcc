#include "PackageRows.h"

#include "repository/SqlRead.h"

#include <algorithm>
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
    const QString committee = QStringLiteral("committee_id");
    const QString unit = QStringLiteral("unit_id");
    const QString coBuildingUnit = QStringLiteral("co_building_unit");
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
        // Co-governance (大党委 共建共治): the co-building units and their people, and the three lists
        // (needs, resources, projects) whole, as they stand; the year's unit activities, joint
        // meetings with their decisions, and micro-wishes.
        {QStringLiteral("co_building_unit"),
         QStringLiteral("co_building_units"),
         {{committee, QStringLiteral("organisation")}},
         committee,
         {},
         {}},
        {QStringLiteral("unit_person"),
         QStringLiteral("unit_people"),
         {{unit, coBuildingUnit}},
         {},
         {},
         {},
         unit},
        {QStringLiteral("unit_activity"),
         QStringLiteral("unit_activities"),
         {{unit, coBuildingUnit}},
         {},
         QStringLiteral("held_on"),
         {},
         unit},
        {QStringLiteral("cogov_need"),
         QStringLiteral("cogov_needs"),
         {{committee, QStringLiteral("organisation")}, {QStringLiteral("grid_id"), QStringLiteral("grid")}},
         committee,
         {},
         {}},
        {QStringLiteral("cogov_resource"),
         QStringLiteral("cogov_resources"),
         {{unit, coBuildingUnit}},
         {},
         {},
         {},
         unit},
        {QStringLiteral("cogov_project"),
         QStringLiteral("cogov_projects"),
         {{committee, QStringLiteral("organisation")}, {QStringLiteral("lead_unit_id"), coBuildingUnit}},
         committee,
         {},
         {}},
        {QStringLiteral("joint_meeting"),
         QStringLiteral("joint_meetings"),
         {{committee, QStringLiteral("organisation")}, {QStringLiteral("chair_unit_id"), coBuildingUnit}},
         committee,
         QStringLiteral("held_on"),
         {}},
        {QStringLiteral("joint_decision"),
         QStringLiteral("joint_decisions"),
         {{QStringLiteral("meeting_id"), QStringLiteral("joint_meeting")},
          {QStringLiteral("responsible_unit_id"), coBuildingUnit}},
         {},
         {},
         {},
         QStringLiteral("meeting_id")},
        {QStringLiteral("micro_wish"),
         QStringLiteral("micro_wishes"),
         {{QStringLiteral("org_id"), QStringLiteral("organisation")},
          {QStringLiteral("grid_id"), QStringLiteral("grid")},
          {QStringLiteral("claimer_member_id"), QStringLiteral("member")},
          {QStringLiteral("claimer_unit_id"), coBuildingUnit}},
         QStringLiteral("org_id"),
         QStringLiteral("wished_on"),
         {}},
    };
    return tables;
}

QString selectOf(const SentTable& table, const QString& columns, int year, QVariantList* bounds)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 t").arg(columns, table.name);
    QString dated = table.yearColumn.isEmpty() ? QString() : QStringLiteral("t.") + table.yearColumn;
    if (!table.parentColumn.isEmpty()) {
        const SentTable& parent = sentTable(table.referenced(table.parentColumn));
        sql += QStringLiteral(" JOIN %1 p ON p.id = t.%2").arg(parent.name, table.parentColumn);
        if (dated.isEmpty() && !parent.yearColumn.isEmpty())
            dated = QStringLiteral("p.") + parent.yearColumn;
    }
    if (year > 0 && !dated.isEmpty()) {
        sql += QStringLiteral(" WHERE %1 BETWEEN ? AND ?").arg(dated);
        *bounds << yearBounds(year).first << yearBounds(year).second;
    } else {
        sql += QStringLiteral(" WHERE TRUE");
    }
    return sql;
}

void eachIn(const QSqlDatabase& db, const QString& sql, const QVariantList& before, const QString& column,
            const QVariantList& values, const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    // Well under the bound parameters either database takes in one statement.
    constexpr qsizetype slice = 500;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString prepared;
    for (qsizetype from = 0; from < values.size(); from += slice) {
        const qsizetype size = std::min(slice, values.size() - from);
        QStringList marks(size, QStringLiteral("?"));
        const QString text =
            QStringLiteral("%1 AND %2 IN (%3)").arg(sql, column, marks.join(QStringLiteral(", ")));
        if (text != prepared && !q.prepare(text)) {
            *error = q.lastError().text();
            return;
        }
        prepared = text;
        for (const QVariant& value : before)
            q.addBindValue(value);
        for (qsizetype i = from; i < from + size; ++i)
            q.addBindValue(values.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return;
        }
        while (q.next())
            row(q);
    }
}

QString partExpression(const SentTable& table)
{
    if (!table.partColumn.isEmpty())
        return QStringLiteral("t.") + table.partColumn;
    if (!table.parentColumn.isEmpty())
        return QStringLiteral("p.") + sentTable(table.referenced(table.parentColumn)).partColumn;
    return {};
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
    for (const SentTable& table : sentTables())
        result.insert(table.name, uidsById(db, table.name));
    for (const QString& table :
         {QStringLiteral("monthly_plan"), QStringLiteral("prescribed_action"),
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

namespace {

// A row as a package carries it, references as referenceText writes them.
Row rowFrom(const QSqlRecord& record, const SentTable& table, const Identities& uids)
{
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
    return row;
}

} // namespace

QList<Row> rowsOf(const QSqlDatabase& db, const SentTable& table, const Identities& uids, QString* error,
                  int year)
{
    QList<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVariantList bounds;
    q.prepare(selectOf(table, QStringLiteral("t.*"), year, &bounds) + QStringLiteral(" ORDER BY t.id"));
    for (const QVariant& bound : std::as_const(bounds))
        q.addBindValue(bound);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        rows.append(rowFrom(q.record(), table, uids));
    return rows;
}

QList<Row> rowsWithUids(const QSqlDatabase& db, const SentTable& table, const Identities& uids,
                        const QStringList& wanted, QString* error)
{
    QList<Row> rows;
    QVariantList values;
    values.reserve(wanted.size());
    for (const QString& uid : wanted)
        values << uid;
    eachIn(
        db, QStringLiteral("SELECT * FROM %1 WHERE TRUE").arg(table.name), {}, QStringLiteral("uid"), values,
        [&](const QSqlQuery& q) { rows.append(rowFrom(q.record(), table, uids)); }, error);
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
