#include "PackageLinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace partydesk::PackageRows {

QString LinkTable::referenced(const QString& column) const
{
    for (const auto& [from, to] : references)
        if (from == column)
            return to;
    return {};
}

QStringList LinkTable::valueColumns(const QJsonObject& row) const
{
    QStringList columns;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        if (!keyColumns.contains(it.key()))
            columns << it.key();
    return columns;
}

const QList<LinkTable>& linkTables()
{
    const QString meeting = QStringLiteral("meeting_id");
    const QString member = QStringLiteral("member_id");
    const QString session = QStringLiteral("session_id");
    const QString org = QStringLiteral("org_id");
    const QString project = QStringLiteral("project_id");
    const QString unit = QStringLiteral("unit_id");
    const QString coBuildingUnit = QStringLiteral("co_building_unit");
    static const QList<LinkTable> tables = {
        {QStringLiteral("member_tag"),
         QStringLiteral("member_tags"),
         {{member, QStringLiteral("member")}},
         {member, QStringLiteral("tag")},
         {member}},
        {QStringLiteral("attendance"),
         QStringLiteral("attendance"),
         {{meeting, QStringLiteral("meeting")}, {member, QStringLiteral("member")}},
         {meeting, member},
         {meeting}},
        // Prescribed actions by name: each district configures its own list.
        {QStringLiteral("meeting_action"),
         QStringLiteral("meeting_actions"),
         {{meeting, QStringLiteral("meeting")},
          {QStringLiteral("action_id"), QStringLiteral("prescribed_action")}},
         {meeting, QStringLiteral("action_id")},
         {meeting}},
        // Co-governance: what each project meets, uses and who is in it; who came to each joint
        // meeting; the rotating chair of each month.
        {QStringLiteral("cogov_project_need"),
         QStringLiteral("cogov_project_needs"),
         {{project, QStringLiteral("cogov_project")},
          {QStringLiteral("need_id"), QStringLiteral("cogov_need")}},
         {project, QStringLiteral("need_id")},
         {project}},
        {QStringLiteral("cogov_project_resource"),
         QStringLiteral("cogov_project_resources"),
         {{project, QStringLiteral("cogov_project")},
          {QStringLiteral("resource_id"), QStringLiteral("cogov_resource")}},
         {project, QStringLiteral("resource_id")},
         {project}},
        {QStringLiteral("cogov_project_unit"),
         QStringLiteral("cogov_project_units"),
         {{project, QStringLiteral("cogov_project")}, {unit, coBuildingUnit}},
         {project, unit},
         {project}},
        {QStringLiteral("joint_meeting_unit"),
         QStringLiteral("joint_meeting_units"),
         {{meeting, QStringLiteral("joint_meeting")}, {unit, coBuildingUnit}},
         {meeting, unit},
         {meeting}},
        {QStringLiteral("chair_rota"),
         QStringLiteral("chair_rota"),
         {{QStringLiteral("committee_id"), QStringLiteral("organisation")}, {unit, coBuildingUnit}},
         {QStringLiteral("committee_id"), QStringLiteral("month")},
         {QStringLiteral("committee_id")}},
        // The year's star rating, in the session the package names (PackageRatings).
        {QStringLiteral("rating_session_org"),
         QStringLiteral("rated_branches"),
         {{session, QStringLiteral("rating_session")}, {org, QStringLiteral("organisation")}},
         {session, org},
         {session, org}},
        {QStringLiteral("rating_score"),
         QStringLiteral("task_scores"),
         {{session, QStringLiteral("rating_session")},
          {org, QStringLiteral("organisation")},
          {QStringLiteral("task_id"), QStringLiteral("rating_task")}},
         {session, org, QStringLiteral("task_id")},
         {session, org}},
        {QStringLiteral("rating_item_score"),
         QStringLiteral("item_scores"),
         {{session, QStringLiteral("rating_session")},
          {org, QStringLiteral("organisation")},
          {QStringLiteral("item_id"), QStringLiteral("rating_item")}},
         {session, org, QStringLiteral("item_id")},
         {session, org}},
        {QStringLiteral("rectification"),
         QStringLiteral("rectifications"),
         {{session, QStringLiteral("rating_session")}, {org, QStringLiteral("organisation")}},
         {QStringLiteral("uid")},
         {session, org}},
    };
    return tables;
}

QString keyOf(const LinkTable& table, const QJsonObject& values)
{
    QJsonArray parts;
    for (const QString& column : table.keyColumns)
        parts.append(values.value(column));
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

namespace {

LinkRow linkRowFrom(const QSqlRecord& record, const LinkTable& table, const Identities& names)
{
    LinkRow row;
    for (int c = 0; c < record.count(); ++c) {
        const QString column = record.fieldName(c);
        const QVariant value = record.value(c);
        if (localColumn(column))
            continue;
        const QString referenced = table.referenced(column);
        if (referenced.isEmpty()) {
            row.values.insert(column, jsonValue(value));
            continue;
        }
        row.ids.insert(column, value.toLongLong());
        row.values.insert(column, referenceText(names.value(referenced), value.toLongLong()));
    }
    row.key = keyOf(table, row.values);
    return row;
}

} // namespace

QList<LinkRow> linkRowsOf(const QSqlDatabase& db, const LinkTable& table, const Identities& names,
                          QString* error)
{
    QList<LinkRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table.name))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next())
        rows.append(linkRowFrom(q.record(), table, names));
    return rows;
}

QList<LinkRow> linkRowsWith(const QSqlDatabase& db, const LinkTable& table, const Identities& names,
                            const QString& column, const QList<qint64>& ids, QString* error)
{
    QList<LinkRow> rows;
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    eachIn(
        db, QStringLiteral("SELECT * FROM %1 WHERE TRUE").arg(table.name), {}, column, values,
        [&](const QSqlQuery& q) { rows.append(linkRowFrom(q.record(), table, names)); }, error);
    return rows;
}

} // namespace partydesk::PackageRows
