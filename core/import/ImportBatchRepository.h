#pragma once

#include "repository/StatementCache.h"
#include "RosterFields.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace partydesk {

// One recorded import of a roster file.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString sheetName;
    QString importedAt; // local time, as recorded
    int added = 0;
    int updated = 0;
    int refused = 0;
    qint64 eventsBefore = 0; // the last history event before the import
    qint64 eventsAfter = 0;  // the last history event the import wrote
    qint64 auditAfter = 0;   // the import's own audit entry
    QString undoneAt;        // empty while in force

    bool isUndone() const { return !undoneAt.isEmpty(); }
};

struct ImportBatchMember
{
    qint64 memberId = 0;
    bool added = false; // else updated
    QByteArray before;  // the member before an update (MemberSnapshot)
};

// SQL of import batches and remembered column mappings, inside the caller's transaction for writes
// (RosterImportService holds the rules and opens it).
class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(QSqlDatabase db) : m_db(db), m_statements(db) {}

    qint64 lastEventId() const;
    qint64 lastAuditId() const;

    // Each returns the error, or an empty string.
    QString insertBatch(ImportBatch* batch);
    QString finishBatch(const ImportBatch& batch);
    QString addMember(qint64 batchId, const ImportBatchMember& member);
    QString addOrganisation(qint64 batchId, qint64 orgId);
    QString markUndone(qint64 batchId);
    QString deleteMember(qint64 memberId);
    QString deleteEventsAfter(qint64 memberId, qint64 eventId);
    // Deletes the organisation when nothing refers to it any more; returns false if it is in use.
    bool deleteOrganisationIfUnused(qint64 orgId, QString* error);

    // Newest first.
    QList<ImportBatch> batches() const;
    ImportBatch batch(qint64 id) const;
    QList<ImportBatchMember> members(qint64 batchId) const;
    QList<qint64> organisations(qint64 batchId) const;
    // The batch's members changed after it: later history, audit entries, later imports, and (for
    // members it added) attendance. Names, at most `limit`.
    QStringList changedLater(const ImportBatch& batch, int limit) const;

    QHash<QString, RosterField> mappings() const;
    QString saveMapping(const QString& header, RosterField field);

private:
    QSqlDatabase m_db;
    StatementCache m_statements; // one row per imported member
};

} // namespace partydesk
