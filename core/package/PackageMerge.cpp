#include "PackageMerge.h"

#include "PackageKinds.h"
#include "PackageLinkWriter.h"
#include "PackageRows.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "service/WriteRefusal.h"

#include <cmath>
#include <QCoreApplication>
#include <QSqlField>
#include <QSqlRecord>

namespace partydesk::PackageImport {

namespace {

const QString organisationTable = QStringLiteral("organisation");
const QString gridTable = QStringLiteral("grid");
const QString meetingTable = QStringLiteral("meeting");

// A refused delete because other records still refer to the row, told apart from a failing disk.
bool isReferenceViolation(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("787") || code == QLatin1String("19") || code == QLatin1String("23503") ||
           error.text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) ||
           error.text().contains(QLatin1String("foreign key"), Qt::CaseInsensitive);
}

// How a record of `table` is named to the user, as an SQL expression over its row.
QString labelOf(const QString& table)
{
    if (table == meetingTable)
        return QStringLiteral("held_on || ' ' || theme");
    if (table == QLatin1String("unit_activity"))
        return QStringLiteral("held_on || ' ' || title");
    if (table == QLatin1String("joint_meeting"))
        return QStringLiteral("held_on");
    if (table == QLatin1String("joint_decision"))
        return QStringLiteral("decision");
    if (table == QLatin1String("micro_wish"))
        return QStringLiteral("wish");
    if (table.startsWith(QLatin1String("cogov_")))
        return QStringLiteral("title");
    return QStringLiteral("name");
}

class Writer
{
public:
    Writer(QSqlDatabase db, Outcome& outcome) : m_db(std::move(db)), m_outcome(outcome), m_plan(outcome.plan)
    {
        for (const PackageRows::SentTable& table : PackageRows::sentTables())
            m_fields.insert(table.name, m_db.record(table.name));
        const PackageRows::Identities names = PackageRows::identities(m_db);
        for (auto table = names.cbegin(); table != names.cend(); ++table)
            for (auto it = table->cbegin(); it != table->cend(); ++it) {
                // Names may repeat (prescribed actions): the first record of a name stands for it.
                QHash<QString, qint64>& ids = m_ids[table.key()];
                if (!it.value().isEmpty() && (!ids.contains(it.value()) || ids.value(it.value()) > it.key()))
                    ids.insert(it.value(), it.key());
            }
    }

    // Everything, in an order the references allow; returns an error, or empty.
    QString write()
    {
        QString error = insertOrganisations();
        for (Record& record : m_plan.records[organisationTable])
            if (error.isEmpty() && record.state == State::Changed)
                error = update(organisationTable, record);
        // Changes before additions: a grid's code or a member's ID number may pass from one to another.
        for (const PackageRows::SentTable& sent : PackageRows::sentTables()) {
            const QString& table = sent.name;
            if (table == organisationTable)
                continue;
            for (Record& record : m_plan.records[table])
                if (error.isEmpty() && record.state == State::Changed)
                    error = update(table, record);
            for (Record& record : m_plan.records[table])
                if (error.isEmpty() && record.state == State::Added)
                    error = insert(table, record);
            if (table == gridTable && error.isEmpty())
                error = placeGrids();
        }
        if (error.isEmpty() && m_plan.ratings.imports()) {
            error = PackageRatings::ensureSession(m_db, &m_plan.ratings);
            m_ids[QStringLiteral("rating_session")].insert(m_plan.ratings.sessionUid,
                                                           m_plan.ratings.sessionId);
        }
        if (error.isEmpty())
            error = writeLinks(
                m_db, m_plan,
                [this](const QString& table, const QString& name) { return localId(table, name); },
                m_outcome.written, &m_outcome.addedActions);
        // In the reverse of the order written (what refers to a record goes before it), organisations
        // from the bottom up.
        const QList<PackageRows::SentTable>& tables = PackageRows::sentTables();
        for (auto table = tables.crbegin(); table != tables.crend() && error.isEmpty(); ++table)
            error = removeLeft(table->name);
        return error;
    }

private:
    qint64 localId(const QString& table, const QString& uid) const
    {
        if (table == organisationTable && m_plan.standIns.contains(uid))
            return m_plan.standIns.value(uid);
        return m_ids.value(table).value(uid);
    }

    Counts& done(const QString& table) { return m_outcome.written[table]; }

    // The columns and values of `record` to write; an organisation's grid that is not here yet is
    // written later (placeGrids).
    QString valuesOf(const QString& table, const Record& record, const QStringList& columns,
                     QList<std::pair<QString, QVariant>>* values, QString* laterGrid) const
    {
        const PackageRows::SentTable& sent = PackageRows::sentTable(table);
        const QSqlRecord& fields = m_fields.value(table);
        for (const QString& column : columns) {
            if (PackageRows::localColumn(column) || fields.indexOf(column) < 0)
                continue; // a column this file does not have
            const QJsonValue value = record.values.value(column);
            const QString referenced = sent.referenced(column);
            if (record.top && column == QLatin1String("parent_id")) {
                if (m_plan.under == 0)
                    return QStringLiteral("no organisation to place %1 under").arg(record.uid);
                values->append({column, m_plan.under});
            } else if (!referenced.isEmpty() && value.isString() &&
                       sent.optionalReferences.contains(column) &&
                       localId(referenced, value.toString()) == 0) {
                values->append({column, QVariant(QMetaType::fromType<qint64>())});
            } else if (!referenced.isEmpty() && value.isString()) {
                const qint64 id = localId(referenced, value.toString());
                if (id == 0 && table == organisationTable && column == QLatin1String("grid_id")) {
                    *laterGrid = value.toString();
                    values->append({column, QVariant(QMetaType::fromType<qint64>())});
                } else if (id == 0) {
                    return QCoreApplication::translate("PackageImport",
                                                       "The package is incomplete: a record refers to one "
                                                       "it does not carry (%1 %2, %3).")
                        .arg(table, record.uid, column);
                } else {
                    values->append({column, id});
                }
            } else {
                values->append({column, PackageRows::columnValue(value, fields.field(column))});
            }
        }
        return {};
    }

    QString insert(const QString& table, Record& record)
    {
        QList<std::pair<QString, QVariant>> values;
        QString laterGrid;
        if (QString error = valuesOf(table, record, record.values.keys(), &values, &laterGrid);
            !error.isEmpty())
            return error;
        QStringList columns;
        QStringList marks;
        for (const auto& value : std::as_const(values)) {
            columns << value.first;
            marks << QStringLiteral("?");
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const auto& value : std::as_const(values))
            q.addBindValue(value.second);
        if (QString error = execQuery(q); !error.isEmpty())
            return QStringLiteral("%1 %2: %3").arg(table, record.uid, error);
        record.localId = returnedId(q);
        m_ids[table].insert(record.uid, record.localId);
        if (!laterGrid.isEmpty())
            m_laterGrids.append({record.localId, laterGrid});
        ++done(table).added;
        return {};
    }

    QString update(const QString& table, Record& record)
    {
        QList<std::pair<QString, QVariant>> values;
        QString laterGrid;
        if (QString error = valuesOf(table, record, record.changedColumns, &values, &laterGrid);
            !error.isEmpty())
            return error;
        QStringList assignments;
        for (const auto& value : std::as_const(values))
            assignments << QStringLiteral("%1 = ?").arg(value.first);
        // A member's version goes up with every change, so a clerk's form read before it does not
        // overwrite it unseen.
        if (m_fields.value(table).indexOf(QStringLiteral("row_version")) >= 0)
            assignments << QStringLiteral("row_version = row_version + 1");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(table, assignments.join(QStringLiteral(", "))));
        for (const auto& value : std::as_const(values))
            q.addBindValue(value.second);
        q.addBindValue(record.localId);
        if (QString error = execQuery(q); !error.isEmpty())
            return QStringLiteral("%1 %2: %3").arg(table, record.uid, error);
        if (!laterGrid.isEmpty())
            m_laterGrids.append({record.localId, laterGrid});
        ++done(table).changed;
        return {};
    }

    // New organisations parents first: each one's parent is here before it.
    QString insertOrganisations()
    {
        QList<Record*> waiting;
        for (Record& record : m_plan.records[organisationTable])
            if (record.state == State::Added)
                waiting << &record;
        while (!waiting.isEmpty()) {
            QList<Record*> still;
            for (Record* record : std::as_const(waiting)) {
                const QString parent = record->values.value(QStringLiteral("parent_id")).toString();
                if (!record->top && localId(organisationTable, parent) == 0) {
                    still << record;
                    continue;
                }
                if (QString error = insert(organisationTable, *record); !error.isEmpty())
                    return error;
            }
            if (still.size() == waiting.size())
                return QCoreApplication::translate("PackageImport",
                                                   "The package is incomplete: %n organisation(s) have no "
                                                   "parent in it.",
                                                   nullptr, int(still.size()));
            waiting = still;
        }
        return {};
    }

    // Organisations on grids that came with the package.
    QString placeGrids()
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE organisation SET grid_id = ? WHERE id = ?"));
        for (const auto& [organisation, grid] : std::as_const(m_laterGrids)) {
            const qint64 id = localId(gridTable, grid);
            if (id == 0)
                return QCoreApplication::translate("PackageImport",
                                                   "The package is incomplete: a record refers to one "
                                                   "it does not carry (%1 %2, %3).")
                    .arg(organisationTable)
                    .arg(organisation)
                    .arg(QStringLiteral("grid_id"));
            q.addBindValue(id);
            q.addBindValue(organisation);
            if (QString error = execQuery(q); !error.isEmpty())
                return error;
        }
        return {};
    }

    QString removeLeft(const QString& table)
    {
        QSqlQuery name(m_db);
        name.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(labelOf(table), table));
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        for (qint64 id : m_plan.left.value(table)) {
            name.addBindValue(id);
            const QString what = execRead(name) && name.next() ? name.value(0).toString() : QString();
            name.finish();
            // Each in a savepoint of its own: one that is still referred to is kept, the rest go.
            ScopedTransaction step(m_db);
            if (!step.error().isEmpty())
                return step.error();
            remove.addBindValue(id);
            if (remove.exec()) {
                if (QString error = step.commit(); !error.isEmpty())
                    return error;
                ++done(table).left;
                continue;
            }
            const QSqlError error = remove.lastError();
            step.rollback();
            if (!isReferenceViolation(error))
                return error.text();
            m_outcome.kept << QCoreApplication::translate("PackageImport", "%1 %2 (no. %3)")
                                  .arg(PackageKinds::singular(table), what)
                                  .arg(id);
        }
        return {};
    }

    QSqlDatabase m_db;
    Outcome& m_outcome;
    Plan& m_plan;
    QHash<QString, QSqlRecord> m_fields;
    QHash<QString, QHash<QString, qint64>> m_ids; // by table: uid → id here
    QList<std::pair<qint64, QString>> m_laterGrids;
};

QString summary(const Outcome& outcome)
{
    QStringList kinds;
    for (const QString& table : PackageImport::kindsInOrder()) {
        const Counts c = outcome.done(table);
        if (c.added + c.changed + c.left > 0)
            kinds << QStringLiteral("%1 +%2 ~%3 -%4").arg(table).arg(c.added).arg(c.changed).arg(c.left);
    }
    QString text = QStringLiteral("%1 %2 %3: %4")
                       .arg(outcome.plan.sender)
                       .arg(outcome.plan.year)
                       .arg(outcome.plan.madeAt, kinds.join(QStringLiteral("; ")));
    if (!outcome.kept.isEmpty())
        text += QStringLiteral("; kept: ") + outcome.kept.join(QStringLiteral(", "));
    if (!outcome.addedActions.isEmpty())
        text += QStringLiteral("; actions added: ") + outcome.addedActions.join(QStringLiteral(", "));
    return text;
}

} // namespace

Outcome merge(QSqlDatabase db, const WriteGate& gate, AuditLog& audit, const QByteArray& payload,
              const QByteArray& senderKey, qint64 under)
{
    Outcome outcome;
    // It writes the organisation tree, members, meetings and ratings alike.
    if (const QString why = writeRefusal(gate, audit.session(),
                                         {Permission::EditOrganisations, Permission::EditMembers,
                                          Permission::EditMeetings, Permission::EditRating});
        !why.isEmpty()) {
        outcome.status = Outcome::Status::Refused;
        outcome.message = why;
        return outcome;
    }
    ScopedTransaction transaction(db);
    if (!transaction.error().isEmpty()) {
        outcome.message = transaction.error();
        return outcome;
    }
    // Worked out again inside the transaction: what is written follows from what is read.
    outcome.plan = plan(db, payload, senderKey, under);
    const Plan& found = outcome.plan;
    if (!found.error.isEmpty()) {
        outcome.message = found.error;
        return outcome;
    }
    if (found.freshness == PackageHistory::Freshness::SamePackage) {
        outcome.status = Outcome::Status::NothingToDo;
        return outcome;
    }
    if (QString why = freshnessRefusal(found); !why.isEmpty() || !found.refusal.isEmpty()) {
        outcome.status = Outcome::Status::Refused;
        outcome.message = why.isEmpty() ? found.refusal : why;
        return outcome;
    }
    QString error = Writer(db, outcome).write();
    if (error.isEmpty())
        error = PackageHistory::remember(db, senderKey, found.year, found.madeAt, found.digest);
    if (error.isEmpty())
        error = PackageHistory::rememberLatest(db, senderKey, found.year, found.madeAt, found.digest);
    if (error.isEmpty() && !audit.record(QStringLiteral("package.import"), summary(outcome)))
        error = QStringLiteral("audit_log: could not record the import");
    if (error.isEmpty())
        error = transaction.commit();
    if (!error.isEmpty()) {
        transaction.rollback();
        const Plan kept = outcome.plan;
        outcome = Outcome{};
        outcome.plan = kept;
        outcome.message = error;
        return outcome;
    }
    outcome.status = Outcome::Status::Merged;
    return outcome;
}

QStringList afterMerge(const Outcome& outcome)
{
    QStringList lines;
    if (!outcome.addedActions.isEmpty())
        lines << QCoreApplication::translate(
                     "PackageImport", "Prescribed actions this workspace's list did not have were added "
                                      "to it, inactive: %1")
                     .arg(outcome.addedActions.join(QStringLiteral("、")));
    if (!outcome.kept.isEmpty())
        lines << QCoreApplication::translate(
                     "PackageImport", "Kept, though no longer in the package, because other records here "
                                      "still refer to them: %1")
                     .arg(outcome.kept.join(QCoreApplication::translate("PackageImport", "; ")));
    return lines;
}

} // namespace partydesk::PackageImport
