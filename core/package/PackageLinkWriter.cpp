#include "PackageLinkWriter.h"

#include "PackageLinks.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

namespace partydesk::PackageImport {

namespace {

using PackageRows::LinkTable;

class LinkWriter
{
public:
    LinkWriter(QSqlDatabase db, const std::function<qint64(const QString&, const QString&)>& localId,
               QStringList* addedActions)
        : m_db(std::move(db)), m_localId(localId), m_addedActions(addedActions)
    {
    }

    QString remove(const LinkTable& table, const LinkRecord& row)
    {
        QVariantList values;
        const QString where = keyCondition(table, row, &values);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, where));
        for (const QVariant& value : std::as_const(values))
            q.addBindValue(value);
        return execQuery(q);
    }

    QString update(const LinkTable& table, const LinkRecord& row)
    {
        const QSqlRecord fields = m_db.record(table.name);
        QStringList assignments;
        QVariantList values;
        for (const QString& column : row.changedColumns) {
            assignments << QStringLiteral("%1 = ?").arg(column);
            // A value that is a reference (the month's chair unit) names its record as the package does.
            const QString referenced = table.referenced(column);
            if (referenced.isEmpty()) {
                values << PackageRows::columnValue(row.values.value(column), fields.field(column));
                continue;
            }
            const qint64 id = resolve(referenced, row.values.value(column).toString());
            if (id == 0)
                return incomplete(table, row, column);
            values << id;
        }
        // A score's version goes up with every change, so a clerk's sheet read before it does not
        // overwrite it unseen.
        if (fields.indexOf(QStringLiteral("row_version")) >= 0)
            assignments << QStringLiteral("row_version = row_version + 1");
        const QString where = keyCondition(table, row, &values);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(table.name, assignments.join(QStringLiteral(", ")), where));
        for (const QVariant& value : std::as_const(values))
            q.addBindValue(value);
        return execQuery(q);
    }

    QString insert(const LinkTable& table, const LinkRecord& row)
    {
        const QSqlRecord fields = m_db.record(table.name);
        QStringList columns;
        QStringList marks;
        QVariantList values;
        for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
            const QString column = it.key();
            if (fields.indexOf(column) < 0)
                continue; // a column this file does not have
            const QString referenced = table.referenced(column);
            if (referenced.isEmpty()) {
                values << PackageRows::columnValue(it.value(), fields.field(column));
            } else {
                const qint64 id = resolve(referenced, it.value().toString());
                if (id == 0)
                    return incomplete(table, row, column);
                values << id;
            }
            columns << column;
            marks << QStringLiteral("?");
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariant& value : std::as_const(values))
            q.addBindValue(value);
        return execQuery(q);
    }

private:
    static QString incomplete(const LinkTable& table, const LinkRecord& row, const QString& column)
    {
        return QCoreApplication::translate("PackageImport",
                                           "The package is incomplete: a record refers to one it does not "
                                           "carry (%1 %2, %3).")
            .arg(table.name, row.key, column);
    }

    // "c1 = ? AND c2 = ?" over the key, with this file's ids of the row's references.
    QString keyCondition(const LinkTable& table, const LinkRecord& row, QVariantList* values) const
    {
        QStringList conditions;
        for (const QString& column : table.keyColumns) {
            conditions << QStringLiteral("%1 = ?").arg(column);
            if (table.referenced(column).isEmpty())
                *values << row.values.value(column).toVariant();
            else
                *values << row.here.value(column);
        }
        return conditions.join(QStringLiteral(" AND "));
    }

    qint64 resolve(const QString& table, const QString& name)
    {
        if (const qint64 id = m_localId(table, name); id != 0)
            return id;
        if (const qint64 id = m_newActions.value(name);
            table == QLatin1String("prescribed_action") && id != 0)
            return id;
        if (table != QLatin1String("prescribed_action"))
            return 0;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO prescribed_action (position, name, active, uid) VALUES ((SELECT "
                           "coalesce(max(position), 0) + 1 FROM prescribed_action), ?, 0, ?) RETURNING id"));
        q.addBindValue(name);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!execQuery(q).isEmpty())
            return 0;
        const qint64 id = returnedId(q);
        m_newActions.insert(name, id);
        *m_addedActions << name;
        return id;
    }

    QSqlDatabase m_db;
    const std::function<qint64(const QString&, const QString&)>& m_localId;
    QStringList* m_addedActions;
    QHash<QString, qint64> m_newActions;
};

} // namespace

QString writeLinks(QSqlDatabase db, Plan& plan,
                   const std::function<qint64(const QString&, const QString&)>& localId,
                   QHash<QString, Counts>& written, QStringList* addedActions)
{
    LinkWriter writer(db, localId, addedActions);
    for (const LinkTable& table : PackageRows::linkTables()) {
        Counts& done = written[table.name];
        for (const LinkRecord& row : plan.leftLinks.value(table.name)) {
            if (QString error = writer.remove(table, row); !error.isEmpty())
                return QStringLiteral("%1 %2: %3").arg(table.name, row.key, error);
            ++done.left;
        }
        for (const LinkRecord& row : plan.links.value(table.name)) {
            if (row.state == State::Same)
                continue;
            const QString error =
                row.state == State::Changed ? writer.update(table, row) : writer.insert(table, row);
            if (!error.isEmpty())
                return QStringLiteral("%1 %2: %3").arg(table.name, row.key, error);
            ++(row.state == State::Changed ? done.changed : done.added);
        }
    }
    return {};
}

} // namespace partydesk::PackageImport
