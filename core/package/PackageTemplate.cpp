#include "PackageTemplate.h"

#include "PackageRows.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlRecord>

namespace partydesk::PackageTemplate {

namespace {

using PackageRows::SentTable;

const QString templateTable = QStringLiteral("rating_template");
const QString uidColumn = QStringLiteral("uid");

// The template's tables, parents first, with the key each takes in the JSON.
const QList<SentTable>& templateTables()
{
    static const QList<SentTable> tables = {
        {templateTable, QStringLiteral("template"), {}, {}, {}, {}},
        {QStringLiteral("rating_aspect"),
         QStringLiteral("aspects"),
         {{QStringLiteral("template_id"), templateTable}},
         {},
         {},
         {}},
        {QStringLiteral("rating_task"),
         QStringLiteral("tasks"),
         {{QStringLiteral("aspect_id"), QStringLiteral("rating_aspect")}},
         {},
         {},
         {}},
        {QStringLiteral("rating_item"),
         QStringLiteral("items"),
         {{QStringLiteral("template_id"), templateTable}},
         {},
         {},
         {}},
    };
    return tables;
}

QString uidOf(const QJsonValue& row)
{
    return row.toObject().value(uidColumn).toString();
}

// The id here of the template of `year`, and its uid; 0 when there is none.
qint64 templateOfYear(const QSqlDatabase& db, int year, QString* uid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, uid FROM rating_template WHERE year = ?"));
    q.addBindValue(year);
    if (!execRead(q) || !q.next())
        return 0;
    *uid = q.value(1).toString();
    return q.value(0).toLongLong();
}

// Whether anyone entered a score against the template here.
bool scored(const QSqlDatabase& db, qint64 templateId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM rating_score c JOIN rating_session s ON s.id = c.session_id WHERE "
        "s.template_id = ?) + (SELECT count(*) FROM rating_item_score c JOIN rating_session s ON s.id = "
        "c.session_id WHERE s.template_id = ?)"));
    q.addBindValue(templateId);
    q.addBindValue(templateId);
    return !execRead(q) || !q.next() || q.value(0).toLongLong() > 0;
}

int yearOf(const QJsonObject& part)
{
    return part.value(QStringLiteral("template"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("year"))
        .toInt();
}

class Installer
{
public:
    explicit Installer(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every row of `part` by uid: updated where here, added where not; those of the template here that
    // `part` no longer has are deleted (children first).
    QString write(const QJsonObject& part)
    {
        const PackageRows::Identities names = PackageRows::identities(m_db);
        for (const SentTable& table : templateTables())
            for (auto it = names.value(table.name).cbegin(); it != names.value(table.name).cend(); ++it)
                m_ids[table.name].insert(it.value(), it.key());
        for (const SentTable& table : templateTables())
            for (const QJsonValue& row : part.value(table.key).toArray())
                if (QString error = writeRow(table, row.toObject()); !error.isEmpty())
                    return error;
        const qint64 templateId =
            m_ids.value(templateTable).value(uidOf(part.value(QStringLiteral("template")).toArray().at(0)));
        for (const auto& [table, sql] :
             {std::pair{QStringLiteral("rating_task"),
                        QStringLiteral("SELECT k.id, k.uid FROM rating_task k JOIN rating_aspect a ON a.id = "
                                       "k.aspect_id WHERE a.template_id = ?")},
              std::pair{QStringLiteral("rating_item"),
                        QStringLiteral("SELECT id, uid FROM rating_item WHERE template_id = ?")},
              std::pair{QStringLiteral("rating_aspect"),
                        QStringLiteral("SELECT id, uid FROM rating_aspect WHERE template_id = ?")}}) {
            QSet<QString> sent;
            for (const SentTable& sentTable : templateTables())
                if (sentTable.name == table)
                    for (const QJsonValue& row : part.value(sentTable.key).toArray())
                        sent.insert(uidOf(row));
            QSqlQuery q(m_db);
            q.prepare(sql);
            q.addBindValue(templateId);
            if (!execRead(q))
                return q.lastError().text();
            QList<qint64> gone;
            while (q.next())
                if (!sent.contains(q.value(1).toString()))
                    gone << q.value(0).toLongLong();
            QSqlQuery remove(m_db);
            remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            for (qint64 id : std::as_const(gone)) {
                remove.addBindValue(id);
                if (QString error = execQuery(remove); !error.isEmpty())
                    return error;
            }
        }
        return {};
    }

private:
    QString writeRow(const SentTable& table, const QJsonObject& row)
    {
        const QSqlRecord fields = m_db.record(table.name);
        QStringList columns;
        QVariantList values;
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (PackageRows::localColumn(it.key()) || fields.indexOf(it.key()) < 0)
                continue;
            const QString referenced = table.referenced(it.key());
            if (referenced.isEmpty()) {
                values << PackageRows::columnValue(it.value(), fields.field(it.key()));
            } else {
                const qint64 id = m_ids.value(referenced).value(it.value().toString());
                if (id == 0)
                    return QCoreApplication::translate("PackageImport",
                                                       "The package's contents cannot be read.");
                values << id;
            }
            columns << it.key();
        }
        const QString uid = row.value(uidColumn).toString();
        const qint64 here = m_ids.value(table.name).value(uid);
        QSqlQuery q(m_db);
        if (here != 0) {
            QStringList assignments;
            for (const QString& column : std::as_const(columns))
                assignments << QStringLiteral("%1 = ?").arg(column);
            q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                          .arg(table.name, assignments.join(QStringLiteral(", "))));
            values << here;
        } else {
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            q.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                    .arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        }
        for (const QVariant& value : std::as_const(values))
            q.addBindValue(value);
        if (QString error = execQuery(q); !error.isEmpty())
            return QStringLiteral("%1 %2: %3").arg(table.name, uid, error);
        if (here == 0)
            m_ids[table.name].insert(uid, returnedId(q));
        return {};
    }

    QSqlDatabase m_db;
    QHash<QString, QHash<QString, qint64>> m_ids; // by table: uid → id here
};

} // namespace

QJsonObject templateOf(const QSqlDatabase& db, int year, QString* error)
{
    QString uid;
    if (templateOfYear(db, year, &uid) == 0)
        return {};
    const PackageRows::Identities names = PackageRows::identities(db);
    QJsonObject part;
    QSet<QString> of{uid}; // the template's uid, then its aspects' (their tasks refer to them)
    for (const SentTable& table : templateTables()) {
        QJsonArray rows;
        QSet<QString> taken;
        for (const PackageRows::Row& row : PackageRows::rowsOf(db, table, names, error)) {
            const QString parent = table.references.isEmpty()
                                       ? row.values.value(uidColumn).toString()
                                       : row.values.value(table.references.constFirst().first).toString();
            if (of.contains(parent)) {
                rows.append(row.values);
                taken.insert(row.values.value(uidColumn).toString());
            }
        }
        if (!error->isEmpty())
            return {};
        if (table.name == QLatin1String("rating_aspect"))
            of = taken;
        else if (table.name == QLatin1String("rating_task"))
            of = {uid}; // items hang on the template
        part.insert(table.key, rows);
    }
    return part;
}

Outcome check(const QSqlDatabase& db, const QJsonObject& part)
{
    Outcome outcome;
    const int year = yearOf(part);
    QString uidHere;
    const qint64 here = templateOfYear(db, year, &uidHere);
    if (here == 0) {
        outcome.installed = Installed::Added;
        return outcome;
    }
    QString error;
    if (uidHere == uidOf(part.value(QStringLiteral("template")).toArray().at(0)) &&
        templateOf(db, year, &error) == part) {
        outcome.installed = Installed::Same;
        return outcome;
    }
    if (scored(db, here)) {
        outcome.installed = Installed::Refused;
        outcome.message = QCoreApplication::translate(
                              "PackageImport", "Scores have been entered against this workspace's rating "
                                               "template for %1: it is not replaced by the street's. "
                                               "Ask the street whether the scores may be entered again "
                                               "under its template.")
                              .arg(year);
        return outcome;
    }
    outcome.installed = uidHere == uidOf(part.value(QStringLiteral("template")).toArray().at(0))
                            ? Installed::Changed
                            : Installed::Added;
    return outcome;
}

Outcome install(const QSqlDatabase& db, const QJsonObject& part)
{
    Outcome outcome = check(db, part);
    if (outcome.installed == Installed::Same || outcome.installed == Installed::Refused)
        return outcome;
    const int year = yearOf(part);
    QString uidHere;
    const qint64 own = templateOfYear(db, year, &uidHere);
    const bool replaced = own != 0 && outcome.installed == Installed::Added;
    QSqlQuery q(db);
    // The year's own template, unscored, gives way: parked under another year until its session has moved.
    if (replaced) {
        q.prepare(QStringLiteral("UPDATE rating_template SET year = ? WHERE id = ?"));
        q.addBindValue(-year);
        q.addBindValue(own);
        outcome.error = execQuery(q);
    }
    if (outcome.error.isEmpty())
        outcome.error = Installer(db).write(part);
    if (outcome.error.isEmpty() && replaced) {
        q.prepare(
            QStringLiteral("UPDATE rating_session SET template_id = (SELECT id FROM rating_template WHERE "
                           "year = ?) WHERE template_id = ?"));
        q.addBindValue(year);
        q.addBindValue(own);
        outcome.error = execQuery(q);
        if (outcome.error.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM rating_template WHERE id = ?"));
            q.addBindValue(own);
            outcome.error = execQuery(q);
        }
    }
    return outcome;
}

} // namespace partydesk::PackageTemplate
