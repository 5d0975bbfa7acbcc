#include "RosterImportService.h"

#include "import/MemberSnapshot.h"
#include "MemberService.h"
#include "OrganisationService.h"
#include "repository/AuditLog.h"
#include "security/Session.h"
#include "repository/MemberRepository.h"
#include "repository/SqlTransaction.h"
#include "storage/BackupCatalogue.h"
#include "storage/WriteGate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace partydesk {

namespace {

const QString cancelledMarker = QStringLiteral("cancelled");
const QString refusedMarker = QStringLiteral("refused");

} // namespace

ServiceResult RosterImportService::apply(const ImportPlan& plan, bool keepValid, qint64 createBranchesUnder,
                                         const std::function<bool(int, int)>& progress)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    if (!plan.fatal.isEmpty())
        return ServiceResult::invalid(plan.fatal);
    // A plain variable: lupdate 6.4 loops on a scoped enum inside translate()'s arguments.
    const int refusedRows = plan.count(ImportRow::Action::Refused);
    if (refusedRows > 0 && !keepValid)
        return ServiceResult::invalid(QCoreApplication::translate(
            "RosterImportService",
            "%n row(s) of the file have problems; nothing was saved. Fix them, or "
            "choose to keep the sound rows.",
            nullptr, refusedRows));
    if (plan.count(ImportRow::Action::Add) + plan.count(ImportRow::Action::Update) == 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("RosterImportService", "The file has no row to save."));
    if (const QString failed = BackupCatalogue::takeBeforeWriting(m_db, BackupReason::BeforeImport); !failed.isEmpty())
        return ServiceResult::storage(failed);
    ImportBatch batch;
    ServiceResult refusal;
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        const QString error = applyRows(plan, createBranchesUnder, &batch, progress, &refusal);
        *id = batch.id;
        return error;
    });
    if (!refusal.ok())
        return refusal;
    if (written.error == cancelledMarker)
        return ServiceResult::refused(QCoreApplication::translate(
            "RosterImportService", "The import was cancelled; nothing was saved."));
    return ServiceResult::fromWrite(written);
}

QString RosterImportService::applyRows(const ImportPlan& plan, qint64 createBranchesUnder, ImportBatch* batch,
                                       const std::function<bool(int, int)>& progress, ServiceResult* refusal)
{
    batch->fileName = QFileInfo(plan.path).fileName();
    batch->sheetName = plan.sheetName;
    batch->refused = plan.count(ImportRow::Action::Refused);
    batch->eventsBefore = m_batches.lastEventId();
    if (const QString error = m_batches.insertBatch(batch); !error.isEmpty())
        return error;
    // The branches the file names that do not exist yet, under the organisation the user chose.
    QHash<QString, qint64> created;
    for (const QString& name : plan.branchesToCreate) {
        Organisation org;
        org.name = name;
        org.parentId = createBranchesUnder;
        org.type = OrgType::Branch;
        const ServiceResult saved = m_organisations.saveOrganisationWithin(org);
        if (!saved.ok()) {
            *refusal = saved;
            refusal->message = QCoreApplication::translate("RosterImportService",
                                                           "The branch \"%1\" could not be created: %2")
                                   .arg(name, saved.message);
            return refusedMarker;
        }
        created.insert(name, saved.id);
        if (const QString error = m_batches.addOrganisation(batch->id, saved.id); !error.isEmpty())
            return error;
    }
    const int total = int(plan.rows.size());
    int done = 0;
    MemberRepository& repository = m_repository;
    for (const ImportRow& row : plan.rows) {
        if (progress && (++done % 256) == 0 && !progress(done, total))
            return cancelledMarker;
        if (row.action != ImportRow::Action::Add && row.action != ImportRow::Action::Update)
            continue;
        Member member = row.member;
        if (!row.newBranch.isEmpty())
            member.orgId = created.value(row.newBranch);
        ImportBatchMember entry;
        entry.added = row.action == ImportRow::Action::Add;
        if (!entry.added) {
            const Member before = repository.get(member.id);
            entry.before = MemberSnapshot::toJson(before);
        }
        const ServiceResult saved = m_members.saveWithin(member);
        if (!saved.ok()) {
            // The workspace changed since the preview (someone saved the same ID number meanwhile).
            *refusal = saved;
            refusal->message = QCoreApplication::translate("RosterImport", "Row %1: %2")
                                   .arg(row.sheetRow)
                                   .arg(saved.message);
            return refusedMarker;
        }
        entry.memberId = saved.id;
        if (const QString error = m_batches.addMember(batch->id, entry); !error.isEmpty())
            return error;
        (entry.added ? batch->added : batch->updated) += 1;
    }
    if (progress)
        progress(total, total);
    batch->eventsAfter = m_batches.lastEventId();
    if (!m_audit.record(QStringLiteral("member.import"),
                        QStringLiteral("batch %1: %2 (%3 added, %4 updated)")
                            .arg(batch->id)
                            .arg(batch->fileName)
                            .arg(batch->added)
                            .arg(batch->updated)))
        return QStringLiteral("audit_log: could not record the import");
    batch->auditAfter = m_batches.lastAuditId();
    return m_batches.finishBatch(*batch);
}

ServiceResult RosterImportService::undo(qint64 batchId)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString why = m_audit.session().refusal(Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    const ImportBatch batch = m_batches.batch(batchId);
    if (batch.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("RosterImportService", "That import is no longer recorded."));
    if (batch.isUndone())
        return ServiceResult::conflict(
            QCoreApplication::translate("RosterImportService", "The import of %1 was already undone on %2.")
                .arg(batch.fileName, batch.undoneAt));
    if (const QStringList changed = m_batches.changedLater(batch, 5); !changed.isEmpty())
        return ServiceResult::refused(
            QCoreApplication::translate("RosterImportService",
                                        "The import of %1 cannot be undone: members it brought in have "
                                        "changed since (%2). Change them "
                                        "back by hand instead.")
                .arg(batch.fileName, changed.join(QStringLiteral("、"))));
    MemberRepository& repository = m_repository;
    const WriteResult written = inTransaction(m_db, [&](qint64* id) -> QString {
        *id = batchId;
        for (const ImportBatchMember& entry : m_batches.members(batchId)) {
            if (entry.added) {
                if (const QString error = m_batches.deleteMember(entry.memberId); !error.isEmpty())
                    return error;
                continue;
            }
            Member before;
            if (!MemberSnapshot::fromJson(entry.before, &before))
                return QStringLiteral("import_batch_member %1: unreadable snapshot").arg(entry.memberId);
            if (const WriteResult restored = repository.write(before); !restored.ok())
                return restored.error;
            // The events of the import and of this restore both go: the history reads as before.
            if (const QString error = m_batches.deleteEventsAfter(entry.memberId, batch.eventsBefore);
                !error.isEmpty())
                return error;
        }
        for (qint64 orgId : m_batches.organisations(batchId)) {
            QString error;
            m_batches.deleteOrganisationIfUnused(orgId, &error);
            if (!error.isEmpty())
                return error;
        }
        if (const QString error = m_batches.markUndone(batchId); !error.isEmpty())
            return error;
        return m_audit.record(QStringLiteral("member.import.undo"), QStringLiteral("batch %1").arg(batchId))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the undo");
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult RosterImportService::rememberMapping(const QHash<QString, RosterField>& mapping)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const WriteResult written = inTransaction(m_db, [&](qint64*) -> QString {
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            if (const QString error = m_batches.saveMapping(it.key(), it.value()); !error.isEmpty())
                return error;
        return {};
    });
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
