#pragma once

#include "domain/Clock.h"
#include "import/ImportBatchRepository.h"
#include "import/RosterImportPlan.h"
#include "ServiceResult.h"

#include <functional>

namespace partydesk {

class AuditLog;
class MemberRepository;
class MemberService;
class OrganisationService;
class WriteGate;

// Saves a previewed roster import as one recorded batch, and undoes a batch. Every row is saved
// through MemberService (the rules of the form), in one transaction: all or nothing.
class RosterImportService
{
public:
    RosterImportService(QSqlDatabase db, MemberRepository& repository, MemberService& members,
                        OrganisationService& organisations, AuditLog& audit, const WriteGate& gate)
        : m_batches(db), m_db(db), m_repository(repository), m_members(members),
          m_organisations(organisations), m_audit(audit), m_gate(gate)
    {
    }

    // Saves the plan. With refused rows it saves nothing unless `keepValid` (then the sound rows).
    // `progress` (done, total) returning false cancels: nothing is saved. On success `id` is the batch.
    ServiceResult apply(const ImportPlan& plan, bool keepValid, qint64 createBranchesUnder,
                        const std::function<bool(int, int)>& progress = {});
    // Undoes a batch while its members have no later changes: added members go, updated members
    // get their saved values back, branches it created go if nothing else uses them.
    ServiceResult undo(qint64 batchId);

    QList<ImportBatch> batches() const { return m_batches.batches(); }
    // Remembered hand mappings, by normalised header.
    QHash<QString, RosterField> rememberedMappings() const { return m_batches.mappings(); }
    ServiceResult rememberMapping(const QHash<QString, RosterField>& mapping);

private:
    QString applyRows(const ImportPlan& plan, qint64 createBranchesUnder, ImportBatch* batch,
                      const std::function<bool(int, int)>& progress, ServiceResult* refusal);

    ImportBatchRepository m_batches;
    QSqlDatabase m_db;
    MemberRepository& m_repository;
    MemberService& m_members;
    OrganisationService& m_organisations;
    AuditLog& m_audit;
    const WriteGate& m_gate;
};

} // namespace partydesk
