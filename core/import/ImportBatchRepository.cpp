#include "ImportBatchRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "storage/SqlDialect.h"

namespace partydesk {

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return execRead(q) && q.next() ? q.value(0).toLongLong() : 0;
}

QString run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    return execQuery(q);
}

ImportBatch batchFrom(const QSqlQuery& q)
{
    ImportBatch b;
    int c = 0;
    b.id = q.value(c++).toLongLong();
    b.fileName = q.value(c++).toString();
    b.sheetName = q.value(c++).toString();
    b.importedAt = q.value(c++).toString();
    b.added = q.value(c++).toInt();
    b.updated = q.value(c++).toInt();
    b.refused = q.value(c++).toInt();
    b.eventsBefore = q.value(c++).toLongLong();
    b.eventsAfter = q.value(c++).toLongLong();
    b.auditAfter = q.value(c++).toLongLong();
    b.undoneAt = q.value(c++).toString();
    return b;
}

const char* const batchColumns =
    "id, file_name, sheet_name, imported_at, added, updated, refused, events_before, "
    "events_after, audit_after, coalesce(undone_at, '')";

} // namespace

qint64 ImportBatchRepository::lastEventId() const
{
    return scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM member_event"));
}

qint64 ImportBatchRepository::lastAuditId() const
{
    return scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
}

QString ImportBatchRepository::insertBatch(ImportBatch* batch)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_batch (file_name, sheet_name, refused, events_before) "
                             "VALUES (?, ?, ?, ?) RETURNING id"));
    bindValues(q, {batch->fileName, batch->sheetName, batch->refused, batch->eventsBefore});
    if (const QString error = execQuery(q); !error.isEmpty())
        return error;
    batch->id = returnedId(q);
    return {};
}

QString ImportBatchRepository::finishBatch(const ImportBatch& batch)
{
    return run(
        m_db,
        QStringLiteral("UPDATE import_batch SET added = ?, updated = ?, events_after = ?, audit_after = ? "
                       "WHERE id = ?"),
        {batch.added, batch.updated, batch.eventsAfter, batch.auditAfter, batch.id});
}

QString ImportBatchRepository::addMember(qint64 batchId, const ImportBatchMember& member)
{
    QSqlQuery& q =
        m_statements.get(QStringLiteral("INSERT INTO import_batch_member (batch_id, member_id, action, "
                                        "before) VALUES (?, ?, ?, ?)"));
    bindValues(q, {batchId, member.memberId, member.added ? QStringLiteral("add") : QStringLiteral("update"),
                   member.before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(member.before))});
    return execQuery(q);
}

QString ImportBatchRepository::addOrganisation(qint64 batchId, qint64 orgId)
{
    return run(m_db, QStringLiteral("INSERT INTO import_batch_organisation (batch_id, org_id) VALUES (?, ?)"),
               {batchId, orgId});
}

QString ImportBatchRepository::markUndone(qint64 batchId)
{
    return run(m_db,
               QStringLiteral("UPDATE import_batch SET undone_at = %1 WHERE id = ?").arg(Sql::nowLocal(m_db)),
               {batchId});
}

QString ImportBatchRepository::deleteMember(qint64 memberId)
{
    return run(m_db, QStringLiteral("DELETE FROM member WHERE id = ?"), {memberId});
}

QString ImportBatchRepository::deleteEventsAfter(qint64 memberId, qint64 eventId)
{
    return run(m_db, QStringLiteral("DELETE FROM member_event WHERE member_id = ? AND id > ?"),
               {memberId, eventId});
}

bool ImportBatchRepository::deleteOrganisationIfUnused(qint64 orgId, QString* error)
{
    // A savepoint: a refused delete (the branch now has members or meetings) must not end the
    // import's transaction.
    QSqlQuery savepoint(m_db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT drop_branch"))) {
        *error = savepoint.lastError().text();
        return false;
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM organisation WHERE id = ?"));
    del.addBindValue(orgId);
    const bool deleted = del.exec();
    if (!deleted)
        savepoint.exec(QStringLiteral("ROLLBACK TO drop_branch"));
    savepoint.exec(QStringLiteral("RELEASE drop_branch"));
    return deleted;
}

QList<ImportBatch> ImportBatchRepository::batches() const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM import_batch ORDER BY id DESC").arg(QLatin1String(batchColumns)));
    QList<ImportBatch> list;
    if (execRead(q))
        while (q.next())
            list << batchFrom(q);
    return list;
}

ImportBatch ImportBatchRepository::batch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM import_batch WHERE id = ?").arg(QLatin1String(batchColumns)));
    q.addBindValue(id);
    return execRead(q) && q.next() ? batchFrom(q) : ImportBatch();
}

QList<ImportBatchMember> ImportBatchRepository::members(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT member_id, action, coalesce(before, '') FROM import_batch_member "
                             "WHERE batch_id = ?"));
    q.addBindValue(batchId);
    QList<ImportBatchMember> list;
    if (execRead(q))
        while (q.next())
            list << ImportBatchMember{q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("add"),
                                      q.value(2).toString().toUtf8()};
    return list;
}

QList<qint64> ImportBatchRepository::organisations(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT org_id FROM import_batch_organisation WHERE batch_id = ? ORDER BY org_id DESC"));
    q.addBindValue(batchId);
    QList<qint64> list;
    if (execRead(q))
        while (q.next())
            list << q.value(0).toLongLong();
    return list;
}

QStringList ImportBatchRepository::changedLater(const ImportBatch& batch, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT m.name FROM import_batch_member b JOIN member m ON m.id = b.member_id WHERE b.batch_id = "
        ":batch AND ("
        " EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = b.member_id AND e.id > :events)"
        " OR EXISTS (SELECT 1 FROM audit_log a WHERE a.id > :audit AND a.action LIKE 'member.%'"
        "            AND (a.detail = CAST(b.member_id AS TEXT)"
        "                 OR a.detail LIKE 'member ' || b.member_id || ' %'))" // "member ID name: changes"
        " OR EXISTS (SELECT 1 FROM import_batch_member l JOIN import_batch lb ON lb.id = l.batch_id"
        "            WHERE l.member_id = b.member_id AND lb.id > :batch AND lb.undone_at IS NULL)"
        " OR (b.action = 'add' AND EXISTS (SELECT 1 FROM attendance t WHERE t.member_id = b.member_id)))"
        " ORDER BY m.id LIMIT :limit"));
    q.bindValue(QStringLiteral(":batch"), batch.id);
    q.bindValue(QStringLiteral(":events"), batch.eventsAfter);
    q.bindValue(QStringLiteral(":audit"), batch.auditAfter);
    q.bindValue(QStringLiteral(":limit"), limit);
    QStringList names;
    if (execRead(q))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QHash<QString, RosterField> ImportBatchRepository::mappings() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT header, field FROM import_mapping"));
    QHash<QString, RosterField> map;
    if (execRead(q))
        while (q.next()) {
            RosterField field;
            if (RosterFields::fromCode(q.value(1).toString(), &field))
                map.insert(q.value(0).toString(), field);
        }
    return map;
}

QString ImportBatchRepository::saveMapping(const QString& header, RosterField field)
{
    return run(m_db,
               QStringLiteral("INSERT INTO import_mapping (header, field) VALUES (?, ?) "
                              "ON CONFLICT (header) DO UPDATE SET field = excluded.field"),
               {RosterFields::normalisedHeader(header), RosterFields::code(field)});
}

} // namespace partydesk
