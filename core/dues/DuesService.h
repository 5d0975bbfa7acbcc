#pragma once

#include "DuesLedger.h"
#include "DuesRepository.h"
#include "service/ServiceResult.h"

namespace partydesk {

class AuditLog;
class WriteGate;
class Workspace;

// What a payment records; `amount` below 0 means "the month's dues".
struct DuesPaymentInput
{
    QDate month;
    Fen amount = -1;
    QDate paidOn;
    PaymentMethod method = PaymentMethod::Cash;
    QString receiptNo;
};

// The one way the dues ledger is written (Permission::EditMembers; each write one transaction with
// its audit entry). Decisions:
//  - a base starts in a month not before the member joined the Party, not after the month of
//    leaving, and at most 12 months ahead; a second base of the same month replaces the first;
//  - a payment is for a month the member owes (see DuesMember) that has come (no advance payments),
//    paid on a day not in the future; one payment per month (a second is refused: delete the
//    mistaken one first); a payment smaller than the dues is kept and the difference shown;
//  - a rate table applies from a month not before the current one, so it never rewrites the dues
//    of months already owed.
class DuesService
{
public:
    DuesService(QSqlDatabase db, AuditLog& audit, const Clock& clock, const WriteGate& gate)
        : m_repository(db), m_ledger(db, clock), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }
    // Over a workspace's database, audit log, clock and gate.
    explicit DuesService(Workspace& workspace);

    DuesRepository& repository() { return m_repository; }
    const DuesLedger& ledger() const { return m_ledger; }

    // Field names of errors: "month", "basis", "income", "amount", "paidOn", "receiptNo", "validFrom",
    // "brackets", "farmer", "fixedMinimum".
    ServiceResult setBase(qint64 memberId, QDate month, DuesBasis basis, Fen income,
                          const QString& note = {});
    ServiceResult removeBase(qint64 memberId, QDate month);
    ServiceResult recordPayment(qint64 memberId, const DuesPaymentInput& payment);
    // 补缴: several months at once, each at its own month's dues, in one transaction.
    ServiceResult recordPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                                 PaymentMethod method, const QString& receiptNo);
    ServiceResult deletePayment(qint64 memberId, QDate month);
    ServiceResult addRateTable(const DuesRateTable& table, const QString& note = {});

    // The problem of a rate table, or an empty list.
    static FieldErrors checkRateTable(const DuesRateTable& table);

private:
    struct MemberFacts
    {
        qint64 id = 0;
        QString name;
        bool partyMember = false;
        QDate joinedOn;
        QDate leftOn;
        qint64 branchId = 0;
    };
    MemberFacts facts(qint64 memberId) const;
    QString refusal() const;
    // The payment as it would be written, or the reason it may not be.
    ServiceResult recordPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                                 PaymentMethod method, const QString& receiptNo, Fen amount);
    ServiceResult checkPayment(const MemberFacts& member, const DuesPaymentInput& input,
                               DuesPayment* out) const;

    DuesRepository m_repository;
    DuesLedger m_ledger;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

} // namespace partydesk
