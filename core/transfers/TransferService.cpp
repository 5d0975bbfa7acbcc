#include "TransferService.h"

#include "domain/PartyMembership.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/OrganisationRepository.h"
#include "repository/SqlTransaction.h"
#include "security/Session.h"
#include "service/MemberService.h"
#include "service/WriteRefusal.h"
#include "storage/WriteGate.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

const char* const auditFailed = "audit_log: could not record the change";

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The branch an organisation belongs to: itself, or for a Party group the branch above it.
qint64 branchOf(OrganisationRepository& organisations, qint64 orgId)
{
    const Organisation org = organisations.get(orgId);
    return org.type == OrgType::PartyGroup && org.parentId > 0 ? org.parentId : org.id;
}

// The day of the member's last move between branches, or none: a transfer cannot be dated before it,
// and a move is taken back only while it is the last.
QDate lastMoveOf(MemberRepository& members, qint64 memberId)
{
    QDate lastMove;
    for (const MemberEvent& event : members.events(memberId))
        if (event.kind == QLatin1String("transfer") && event.date > lastMove)
            lastMove = event.date;
    return lastMove;
}

QString inFuture(QDate date)
{
    return QCoreApplication::translate("TransferService", "The date %1 is in the future.").arg(iso(date));
}

// A date a transfer or its receipt happened on: given (else `missing`, shown at `field`) and not after
// `today`.
std::optional<ServiceResult> checkPastDate(QDate date, QDate today, const QString& missing,
                                           const QString& field)
{
    if (!date.isValid())
        return ServiceResult::invalid(missing, field);
    if (date > today)
        return ServiceResult::invalid(inFuture(date), field);
    return std::nullopt;
}

// The audit entry of a write, inside its transaction: the error that rolls it back, or none.
QString audited(AuditLog& audit, const QString& action, const QString& subject,
                const QList<FieldChange>& changes)
{
    return audit.recordChange(action, subject, changes) ? QString() : QString::fromLatin1(auditFailed);
}

// The member chosen for a transfer out or a move, still on the roster; otherwise the refusal in the
// caller's words: `choose` when no member is chosen, `left` (name, date) when the member left.
std::optional<ServiceResult> checkOnRoster(const Member& m, const QString& choose, const QString& left)
{
    if (m.id == 0)
        return ServiceResult::invalid(choose, TransferField::member);
    if (m.hasLeft())
        return ServiceResult::conflict(left.arg(m.name, iso(m.leftOn)), TransferField::member);
    return std::nullopt;
}

// A write that goes through MemberService: its refusal, which rolled the transaction back, says why.
ServiceResult outcome(const ServiceResult& memberResult, const WriteResult& written)
{
    if (!memberResult.ok())
        return memberResult;
    return ServiceResult::fromWrite(written);
}

} // namespace

TransferService::TransferService(MemberRepository& members, MemberService& memberService,
                                 OrganisationRepository& organisations, AuditLog& audit, const Clock& clock,
                                 const WriteGate& gate)
    : m_transfers(members.database()), m_members(members), m_memberService(memberService),
      m_organisations(organisations), m_audit(audit), m_clock(clock), m_gate(gate)
{
}

QString TransferService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditMembers);
}

QString TransferService::insertTransfer(const Transfer& transfer, qint64* id, const QString& action,
                                        const QString& subject, const QList<FieldChange>& changes)
{
    const WriteResult row = m_transfers.insert(transfer);
    if (!row.ok())
        return row.error;
    *id = row.id;
    return audited(m_audit, action, subject, changes);
}

std::optional<ServiceResult> TransferService::checkMoveDate(const Member& m, QDate date) const
{
    if (const auto problem =
            checkPastDate(date, m_clock.today(),
                          QCoreApplication::translate("TransferService", "Enter the date of the transfer."),
                          TransferField::date))
        return problem;
    QDate joinedRoster;
    for (const MemberEvent& event : m_members.events(m.id))
        if (event.kind == QLatin1String("joined_roster") &&
            (!joinedRoster.isValid() || event.date < joinedRoster))
            joinedRoster = event.date;
    // The days the transfer cannot be earlier than, each with its refusal (name, day).
    const std::pair<QDate, QString> notBefore[] = {
        {joinedRoster, QCoreApplication::translate(
                           "TransferService", "%1 joined the roster on %2; the transfer cannot be earlier.")},
        {lastMoveOf(m_members, m.id),
         QCoreApplication::translate("TransferService",
                                     "%1 last moved on %2; the transfer cannot be earlier.")}};
    for (const auto& [day, why] : notBefore)
        if (day.isValid() && date < day)
            return ServiceResult::invalid(why.arg(m.name, iso(day)), TransferField::date);
    return std::nullopt;
}

std::optional<ServiceResult> TransferService::checkTransferOut(qint64 memberId, QDate date,
                                                               const QString& counterpart) const
{
    const Member m = m_members.get(memberId);
    if (const auto problem = checkOnRoster(
            m, QCoreApplication::translate("TransferService", "Choose the member who transfers out."),
            QCoreApplication::translate("TransferService", "%1 already left the roster on %2.")))
        return *problem;
    if (!isPartyMember(m.status))
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "TransferService", "%1 is not a Party member: only Party members transfer their membership.")
                .arg(m.name),
            TransferField::member);
    if (m.category == MemberCategory::InService || m.category == MemberCategory::FloatingIn)
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService",
                                        "%1's membership is registered with another organisation: record the "
                                        "leaving in the member form instead.")
                .arg(m.name),
            TransferField::member);
    if (const auto problem = checkMoveDate(m, date))
        return *problem;
    if (counterpart.trimmed().isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService", "Enter the organisation the member transfers to."),
            TransferField::counterpart);
    return std::nullopt;
}

ServiceResult TransferService::transferOut(qint64 memberId, QDate date, const QString& counterpart,
                                           const QString& letterNo, const QString& notes)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const auto problem = checkTransferOut(memberId, date, counterpart))
        return *problem;
    const Member m = m_members.get(memberId);
    const QString destination = counterpart.trimmed();
    const QString letter = letterNo.trimmed();
    const QString reason =
        letter.isEmpty()
            ? destination
            : QCoreApplication::translate("TransferService", "%1, letter no. %2").arg(destination, letter);

    ServiceResult result;
    QSqlDatabase db = m_transfers.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        result = m_memberService.recordLeaving(memberId, date, LeaveKind::TransferOut, reason);
        if (!result.ok())
            return QStringLiteral("refused"); // rolls back; `result` tells why
        Transfer t;
        t.memberId = memberId;
        t.direction = TransferDirection::Out;
        t.date = date;
        t.fromOrgId = m.orgId;
        t.counterpart = destination;
        t.letterNo = letter;
        t.notes = notes.trimmed();
        return insertTransfer(t, id, QStringLiteral("transfer.out"),
                              QStringLiteral("member %1 %2").arg(memberId).arg(m.name),
                              {{QStringLiteral("transferred_on"), QString(), iso(date)},
                               {QStringLiteral("counterpart"), QString(), destination},
                               {QStringLiteral("letter_no"), QString(), letter}});
    });
    return outcome(result, written);
}

std::optional<ServiceResult> TransferService::checkReceipt(qint64 transferId, QDate date) const
{
    const Transfer t = m_transfers.get(transferId);
    if (t.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("TransferService", "The transfer no longer exists."));
    if (t.direction != TransferDirection::Out)
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService", "Only a transfer out has a receipt."),
            TransferField::receiptOn);
    if (const auto problem = checkPastDate(
            date, m_clock.today(),
            QCoreApplication::translate("TransferService", "Enter the date the receipt came back."),
            TransferField::receiptOn))
        return *problem;
    if (date < t.date)
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService",
                                        "The receipt cannot come back before the transfer on %1.")
                .arg(iso(t.date)),
            TransferField::receiptOn);
    return std::nullopt;
}

ServiceResult TransferService::recordReceipt(qint64 transferId, QDate date)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const auto problem = checkReceipt(transferId, date))
        return *problem;
    const Transfer t = m_transfers.get(transferId);
    QSqlDatabase db = m_transfers.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = transferId;
        if (const WriteResult row = m_transfers.setReceipt(transferId, date); !row.ok())
            return row.error;
        return audited(
            m_audit, QStringLiteral("transfer.receipt"),
            QStringLiteral("transfer %1 member %2 %3").arg(transferId).arg(t.memberId).arg(t.memberName),
            {{QStringLiteral("receipt_on"), iso(t.receiptOn), iso(date)}});
    });
    return ServiceResult::fromWrite(written);
}

FieldErrors TransferService::checkTransferIn(const Member& input, QDate date,
                                             const QString& counterpart) const
{
    Member member = input;
    member.id = 0;
    FieldErrors errors = m_memberService.check(member);
    if (!isPartyMember(member.status) && messageFor(errors, MemberField::status).isEmpty())
        errors.append(
            {MemberField::status,
             QCoreApplication::translate("TransferService", "Only Party members (full or probationary) "
                                                            "transfer their membership.")});
    if (member.orgId > 0 && messageFor(errors, MemberField::org).isEmpty() &&
        !isBranchLevel(m_organisations.get(member.orgId).type))
        errors.append({MemberField::org,
                       QCoreApplication::translate(
                           "TransferService", "Choose a branch or Party group: members belong to one.")});
    if (const auto problem =
            checkPastDate(date, m_clock.today(),
                          QCoreApplication::translate("TransferService", "Enter the date of the transfer."),
                          TransferField::date))
        errors += problem->errors;
    else if (member.joinedOn.isValid() && member.joinedOn > date)
        errors.append(
            {TransferField::date,
             QCoreApplication::translate("TransferService",
                                         "A member who joined the Party on %1 cannot transfer in earlier.")
                 .arg(iso(member.joinedOn))});
    if (counterpart.trimmed().isEmpty())
        errors.append({TransferField::counterpart,
                       QCoreApplication::translate("TransferService",
                                                   "Enter the organisation the member comes from.")});
    return errors;
}

ServiceResult TransferService::transferIn(const Member& input, QDate date, const QString& counterpart,
                                          const QString& letterNo, const QString& notes, qint64* memberId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    Member member = input;
    member.id = 0;
    if (const FieldErrors errors = checkTransferIn(member, date, counterpart); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    ServiceResult result;
    qint64 savedMember = 0;
    QSqlDatabase db = m_transfers.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        result = m_memberService.save(member, date);
        if (!result.ok())
            return QStringLiteral("refused");
        savedMember = result.id;
        Transfer t;
        t.memberId = savedMember;
        t.direction = TransferDirection::In;
        t.date = date;
        t.toOrgId = member.orgId;
        t.counterpart = counterpart.trimmed();
        t.letterNo = letterNo.trimmed();
        t.notes = notes.trimmed();
        return insertTransfer(t, id, QStringLiteral("transfer.in"),
                              QStringLiteral("member %1 %2").arg(savedMember).arg(member.name.trimmed()),
                              {{QStringLiteral("transferred_on"), QString(), iso(date)},
                               {QStringLiteral("counterpart"), QString(), t.counterpart},
                               {QStringLiteral("letter_no"), QString(), t.letterNo},
                               {QStringLiteral("to_org_id"), QString(), QString::number(member.orgId)}});
    });
    if (!result.ok())
        return result;
    if (written.ok() && memberId)
        *memberId = savedMember;
    return ServiceResult::fromWrite(written);
}

std::optional<ServiceResult> TransferService::checkMoveWithin(qint64 memberId, qint64 toOrgId,
                                                              QDate date) const
{
    const Member m = m_members.get(memberId);
    if (const auto problem =
            checkOnRoster(m, QCoreApplication::translate("TransferService", "Choose the member who moves."),
                          QCoreApplication::translate("TransferService", "%1 left the roster on %2.")))
        return *problem;
    const Organisation to = m_organisations.get(toOrgId);
    if (to.id == 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService", "Choose the branch the member moves to."),
            TransferField::toOrg);
    if (!isBranchLevel(to.type))
        return ServiceResult::invalid(
            QCoreApplication::translate("TransferService",
                                        "%1 holds no members: choose a branch or Party group.")
                .arg(to.name),
            TransferField::toOrg);
    if (branchOf(m_organisations, toOrgId) == branchOf(m_organisations, m.orgId))
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "TransferService",
                "%1 is already in this branch; a change of Party group is made in the member form.")
                .arg(m.name),
            TransferField::toOrg);
    if (const auto problem = checkMoveDate(m, date))
        return *problem;
    return std::nullopt;
}

ServiceResult TransferService::moveWithin(qint64 memberId, qint64 toOrgId, QDate date, const QString& notes)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const auto problem = checkMoveWithin(memberId, toOrgId, date))
        return *problem;
    Member m = m_members.get(memberId);
    const qint64 fromOrgId = m.orgId;
    m.orgId = toOrgId;
    ServiceResult result;
    QSqlDatabase db = m_transfers.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        result = m_memberService.save(m, date);
        if (!result.ok())
            return QStringLiteral("refused");
        Transfer t;
        t.memberId = memberId;
        t.direction = TransferDirection::Within;
        t.date = date;
        t.fromOrgId = fromOrgId;
        t.toOrgId = toOrgId;
        t.notes = notes.trimmed();
        return insertTransfer(
            t, id, QStringLiteral("transfer.within"),
            QStringLiteral("member %1 %2").arg(memberId).arg(m.name),
            {{QStringLiteral("transferred_on"), QString(), iso(date)},
             {QStringLiteral("org_id"), QString::number(fromOrgId), QString::number(toOrgId)}});
    });
    return outcome(result, written);
}

ServiceResult TransferService::cancelTransfer(qint64 transferId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const Transfer t = m_transfers.get(transferId);
    if (t.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("TransferService", "The transfer no longer exists."));
    Member m = m_members.get(t.memberId);
    const auto changedSince = [&] {
        return ServiceResult::conflict(
            QCoreApplication::translate("TransferService",
                                        "%1's record changed after the transfer on %2; it can no longer be "
                                        "taken back. Correct the member in the roster instead.")
                .arg(m.name, iso(t.date)));
    };
    if (t.direction == TransferDirection::In)
        return ServiceResult::refused(
            QCoreApplication::translate(
                "TransferService", "A transfer in is taken back by deleting %1, entered by mistake, in the "
                                   "roster.")
                .arg(m.name));
    if (t.direction == TransferDirection::Out &&
        (m.leftOn != t.date || m.leaveKind != LeaveKind::TransferOut))
        return changedSince();
    if (t.direction == TransferDirection::Within &&
        (m.hasLeft() || m.orgId != t.toOrgId || lastMoveOf(m_members, m.id) != t.date))
        return changedSince();
    const QString reason =
        QCoreApplication::translate("TransferService", "transfer on %1 entered by mistake").arg(iso(t.date));
    ServiceResult result;
    QSqlDatabase db = m_transfers.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = transferId;
        if (t.direction == TransferDirection::Out) {
            result = m_memberService.reverseLeaving(m.id, t.date, reason);
        } else {
            m.orgId = t.fromOrgId;
            result = m_memberService.save(m, t.date);
        }
        if (!result.ok())
            return QStringLiteral("refused");
        if (const WriteResult removed = m_transfers.remove(transferId); !removed.ok())
            return removed.error;
        return audited(m_audit, QStringLiteral("transfer.cancel"),
                       QStringLiteral("transfer %1 member %2 %3").arg(transferId).arg(m.id).arg(m.name),
                       {{QStringLiteral("direction"), transferDirectionCode(t.direction), QString()},
                        {QStringLiteral("transferred_on"), iso(t.date), QString()}});
    });
    return outcome(result, written);
}

TransferService transferService(Workspace& workspace)
{
    return TransferService(workspace.members(), workspace.memberService(), workspace.organisations(),
                           workspace.audit(), workspace.clock(), workspace.writeGate());
}

} // namespace partydesk
