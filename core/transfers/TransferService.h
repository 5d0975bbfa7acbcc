#pragma once

#include "domain/Clock.h"
#include "domain/Member.h"
#include "service/ServiceResult.h"
#include "TransferRepository.h"

namespace partydesk {

class AuditLog;
struct FieldChange;
class MemberRepository;
class MemberService;
class OrganisationRepository;
class WriteGate;
class Workspace;

// Field names of the transfer dialogs' errors (FieldError::field); a new member's own fields use
// MemberField.
namespace TransferField {
inline const QString member = QStringLiteral("member");
inline const QString date = QStringLiteral("date");
inline const QString counterpart = QStringLiteral("counterpart");
inline const QString letterNo = QStringLiteral("letterNo");
inline const QString toOrg = QStringLiteral("toOrg");
inline const QString receiptOn = QStringLiteral("receiptOn");
} // namespace TransferField

// 组织关系转接: the one way a transfer is written. Each call checks the file and the role
// (Permission::EditMembers), the rules and the dates, then writes the member's dated history
// (through MemberService, whose writes become savepoints), the transfer row and an audit entry in
// one transaction. `result.id` is the transfer's id.
class TransferService
{
public:
    TransferService(MemberRepository& members, MemberService& memberService,
                    OrganisationRepository& organisations, AuditLog& audit, const Clock& clock,
                    const WriteGate& gate);

    TransferRepository& transfers() { return m_transfers; }
    const TransferRepository& transfers() const { return m_transfers; }

    // The member leaves the roster on `date` (left_on, leave kind "transferred out", a "left" event)
    // for `counterpart`, the organisation outside. Refused for a member who already left, a date in
    // the future, before the member joined the roster or before the member's last move, and without
    // a destination.
    ServiceResult transferOut(qint64 memberId, QDate date, const QString& counterpart,
                              const QString& letterNo, const QString& notes = {});
    // The receipt (回执) of a transfer out came back on `date`: not before the transfer, not in the
    // future. A receipt recorded before may be corrected.
    ServiceResult recordReceipt(qint64 transferId, QDate date);
    // A member arrives from `counterpart` with a letter and joins `member.orgId` on `date`: the
    // member is created through MemberService::save (every rule of the member form; the
    // "joined_roster" event is dated `date`). Errors of the member's fields and of the transfer's
    // come back together. `memberId` receives the new member's id.
    ServiceResult transferIn(const Member& member, QDate date, const QString& counterpart,
                             const QString& letterNo, const QString& notes = {}, qint64* memberId = nullptr);
    // Moves a member between two branches of the workspace on `date`: a dated "transfer" event in the
    // member's history (past meetings keep the member in the old branch) and a transfer row.
    // Refused for a member who left, a move to the same branch (or one of its Party groups), to an
    // organisation that holds no members, and dates as for transferOut.
    ServiceResult moveWithin(qint64 memberId, qint64 toOrgId, QDate date, const QString& notes = {});
    // A transfer entered by mistake is taken back, while nothing changed since: a transfer out puts
    // the member back on the roster (a dated "leaving reversed" event), a move between branches moves
    // the member back as of its date (past meetings stay as they were). The transfer row goes; the
    // member's history keeps both events. A transfer in is taken back by deleting the member entered
    // by mistake in the roster.
    ServiceResult cancelTransfer(qint64 transferId);

    // Every problem of a transfer in, without writing: the dialog shows them beside their fields.
    FieldErrors checkTransferIn(const Member& member, QDate date, const QString& counterpart) const;
    // The first problem of a transfer out, a receipt or a move, without writing (the dialogs show it
    // as fields are left); the writes above refuse with the same check.
    std::optional<ServiceResult> checkTransferOut(qint64 memberId, QDate date,
                                                  const QString& counterpart) const;
    std::optional<ServiceResult> checkReceipt(qint64 transferId, QDate date) const;
    std::optional<ServiceResult> checkMoveWithin(qint64 memberId, qint64 toOrgId, QDate date) const;

private:
    // The first problem of `date` for a move of `member` that already stands, or none.
    std::optional<ServiceResult> checkMoveDate(const Member& member, QDate date) const;
    QString refusal() const;
    // Inside a transaction: the transfer row (its id into `id`), then its audit entry. The error that
    // rolls the transaction back, or none.
    QString insertTransfer(const Transfer& transfer, qint64* id, const QString& action,
                           const QString& subject, const QList<FieldChange>& changes);

    TransferRepository m_transfers;
    MemberRepository& m_members;
    MemberService& m_memberService;
    OrganisationRepository& m_organisations;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

// A transfer service over the workspace's repositories (until the workspace holds one itself).
TransferService transferService(Workspace& workspace);

} // namespace partydesk
