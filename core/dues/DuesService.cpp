#include "DuesService.h"

#include "domain/Enums.h"
#include "repository/AuditLog.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace partydesk {

namespace {

const QString audited = QStringLiteral("audit_log: could not record the change");

QString subject(qint64 memberId, const QString& name)
{
    return QStringLiteral("member %1 %2").arg(memberId).arg(name);
}

FieldErrors checkBrackets(const QList<DuesBracket>& brackets)
{
    if (brackets.isEmpty())
        return {{QStringLiteral("brackets"),
                 QCoreApplication::translate("DuesService", "Each basis needs at least one bracket.")}};
    Fen previous = 0;
    for (int i = 0; i < brackets.size(); ++i) {
        const DuesBracket& b = brackets.at(i);
        if (b.basisPoints < 0 || b.basisPoints > 10000)
            return {{QStringLiteral("brackets"),
                     QCoreApplication::translate("DuesService", "A rate must lie between 0 % and 100 %.")}};
        const bool last = i == brackets.size() - 1;
        if (last && b.upTo != 0)
            return {
                {QStringLiteral("brackets"),
                 QCoreApplication::translate("DuesService", "The last bracket must have no upper bound.")}};
        if (!last && (b.upTo <= previous))
            return {{QStringLiteral("brackets"),
                     QCoreApplication::translate(
                         "DuesService", "The brackets' upper bounds must rise, and only the last one "
                                        "may be unbounded.")}};
        previous = b.upTo;
    }
    return {};
}

} // namespace

DuesService::DuesService(Workspace& workspace)
    : DuesService(workspace.database(), workspace.audit(), workspace.clock(), workspace.writeGate())
{
}

QString DuesService::refusal() const
{
    return writeRefusal(m_gate, m_audit.session(), Permission::EditMembers);
}

DuesService::MemberFacts DuesService::facts(qint64 memberId) const
{
    MemberFacts f;
    QSqlQuery q(m_repository.database());
    q.prepare(
        QStringLiteral("SELECT m.id, m.name, m.status IN ('probationary', 'full'), m.joined_on, m.left_on, "
                       "CASE WHEN o.org_type = '%1' THEN o.parent_id ELSE o.id END "
                       "FROM member m JOIN organisation o ON o.id = m.org_id WHERE m.id = ?")
            .arg(enumCode(OrgType::PartyGroup)));
    q.addBindValue(memberId);
    if (execRead(q) && q.next()) {
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.partyMember = q.value(2).toBool();
        f.joinedOn = dateFromSql(q.value(3));
        f.leftOn = dateFromSql(q.value(4));
        f.branchId = q.value(5).toLongLong();
    }
    return f;
}

ServiceResult DuesService::setBase(qint64 memberId, QDate month, DuesBasis basis, Fen income,
                                   const QString& note)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const MemberFacts m = facts(memberId);
    if (m.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("DuesService", "The member no longer exists."));
    if (!m.partyMember)
        return ServiceResult::invalid(QCoreApplication::translate(
            "DuesService", "Only Party members (full and probationary) pay dues."));
    month = firstOfMonth(month);
    const QDate now = firstOfMonth(m_clock.today());
    if (!month.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "Enter the month the base applies from."),
            QStringLiteral("month"));
    if (m.joinedOn.isValid() && month < firstOfMonth(m.joinedOn))
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService",
                                        "The base cannot start before the member joined the Party (%1).")
                .arg(monthText(m.joinedOn)),
            QStringLiteral("month"));
    if (m.leftOn.isValid() && month > firstOfMonth(m.leftOn))
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService",
                                        "The member left the roster in %1; a base cannot start later.")
                .arg(monthText(m.leftOn)),
            QStringLiteral("month"));
    if (month > now.addMonths(12))
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "A base can be set at most twelve months ahead."),
            QStringLiteral("month"));
    if (income < 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "The income cannot be negative."),
            QStringLiteral("income"));
    if (basis == DuesBasis::FixedMinimum)
        income = 0;
    if (basis == DuesBasis::Farmer) {
        const QList<DuesRateTable> tables = m_repository.rateTables();
        const DuesRateTable* table = duesTableFor(tables, month);
        if (table && (income < table->farmerLowest || income > table->farmerHighest))
            return ServiceResult::invalid(
                QCoreApplication::translate("DuesService",
                                            "A farmer's monthly dues must lie between %1 and %2 yuan.")
                    .arg(yuanText(table->farmerLowest), yuanText(table->farmerHighest)),
                QStringLiteral("income"));
    }
    const DuesBase base{memberId, month, basis, income, note.trimmed()};
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        if (QString e = m_repository.writeBase(base); !e.isEmpty())
            return e;
        return m_audit.recordChange(QStringLiteral("dues.base"), subject(memberId, m.name),
                                    {{QStringLiteral("valid_from"), QString(), monthText(month)},
                                     {QStringLiteral("basis"), QString(), duesBasisCode(basis)},
                                     {QStringLiteral("income"), QString(), yuanText(income)}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult DuesService::removeBase(qint64 memberId, QDate month)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    const MemberFacts m = facts(memberId);
    month = firstOfMonth(month);
    bool found = false;
    for (const DuesBase& b : m_repository.bases(memberId))
        found = found || b.validFrom == month;
    if (m.id == 0 || !found)
        return ServiceResult::conflict(
            QCoreApplication::translate("DuesService", "There is no base from that month to remove."));
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        if (QString e = m_repository.removeBase(memberId, month); !e.isEmpty())
            return e;
        return m_audit.recordChange(QStringLiteral("dues.base.remove"), subject(memberId, m.name),
                                    {{QStringLiteral("valid_from"), monthText(month), QString()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult DuesService::checkPayment(const MemberFacts& m, const DuesPaymentInput& input,
                                        DuesPayment* out) const
{
    if (m.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("DuesService", "The member no longer exists."));
    const QDate month = firstOfMonth(input.month);
    if (!month.isValid())
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "Choose the month paid for."),
            QStringLiteral("month"));
    if (month > m_ledger.currentMonth())
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService",
                                        "%1 has not come yet: dues are recorded for months that have come.")
                .arg(monthText(month)),
            QStringLiteral("month"));
    bool owes = false;
    const Fen owed = m_ledger.owedFor(m.id, month, &owes);
    if (!owes)
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "%1 owes no dues here for %2 (no dues base yet, not a "
                                                       "Party member paying here, or left before).")
                .arg(m.name, monthText(month)),
            QStringLiteral("month"));
    if (m_repository.payment(m.id, month))
        return ServiceResult::conflict(
            QCoreApplication::translate(
                "DuesService", "A payment for %1 is already recorded; delete it first to correct it.")
                .arg(monthText(month)),
            QStringLiteral("month"));
    if (!input.paidOn.isValid())
        return ServiceResult::invalid(QCoreApplication::translate("DuesService", "Enter the day of payment."),
                                      QStringLiteral("paidOn"));
    if (input.paidOn > m_clock.today())
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "The day of payment is in the future."),
            QStringLiteral("paidOn"));
    const Fen amount = input.amount < 0 ? owed : input.amount;
    if (amount == 0 && owed > 0)
        return ServiceResult::invalid(QCoreApplication::translate("DuesService", "Enter the amount paid."),
                                      QStringLiteral("amount"));
    *out = {m.id, month, amount, input.paidOn, input.method, input.receiptNo.trimmed(), m.branchId};
    return ServiceResult::success(m.id);
}

ServiceResult DuesService::recordPayment(qint64 memberId, const DuesPaymentInput& input)
{
    return recordPayments(memberId, {input.month}, input.paidOn, input.method, input.receiptNo, input.amount);
}

ServiceResult DuesService::recordPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                                          PaymentMethod method, const QString& receiptNo)
{
    return recordPayments(memberId, months, paidOn, method, receiptNo, -1);
}

ServiceResult DuesService::recordPayments(qint64 memberId, const QList<QDate>& months, QDate paidOn,
                                          PaymentMethod method, const QString& receiptNo, Fen amount)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    if (months.isEmpty())
        return ServiceResult::invalid(
            QCoreApplication::translate("DuesService", "Choose the month paid for."),
            QStringLiteral("month"));
    const MemberFacts m = facts(memberId);
    QList<DuesPayment> payments;
    QStringList paidMonths;
    Fen total = 0;
    for (const QDate& month : months) {
        DuesPayment p;
        const ServiceResult checked = checkPayment(m, {month, amount, paidOn, method, receiptNo}, &p);
        if (!checked.ok())
            return checked;
        if (paidMonths.contains(monthText(p.month)))
            continue;
        payments.append(p);
        paidMonths << monthText(p.month);
        total += p.amount;
    }
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        for (const DuesPayment& p : payments)
            if (QString e = m_repository.writePayment(p); !e.isEmpty())
                return e;
        return m_audit.recordChange(QStringLiteral("dues.payment"), subject(memberId, m.name),
                                    {{QStringLiteral("months"), QString(), paidMonths.join(QLatin1Char(','))},
                                     {QStringLiteral("amount"), QString(), yuanText(total)},
                                     {QStringLiteral("paid_on"), QString(), isoDateText(paidOn)},
                                     {QStringLiteral("method"), QString(), paymentMethodCode(method)},
                                     {QStringLiteral("receipt_no"), QString(), receiptNo.trimmed()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult DuesService::deletePayment(qint64 memberId, QDate month)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    month = firstOfMonth(month);
    const std::optional<DuesPayment> p = m_repository.payment(memberId, month);
    if (!p)
        return ServiceResult::conflict(
            QCoreApplication::translate("DuesService", "No payment for %1 is recorded.")
                .arg(monthText(month)));
    const MemberFacts m = facts(memberId);
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = memberId;
        if (QString e = m_repository.removePayment(memberId, month); !e.isEmpty())
            return e;
        return m_audit.recordChange(QStringLiteral("dues.payment.delete"), subject(memberId, m.name),
                                    {{QStringLiteral("month"), monthText(month), QString()},
                                     {QStringLiteral("amount"), yuanText(p->amount), QString()},
                                     {QStringLiteral("paid_on"), isoDateText(p->paidOn), QString()},
                                     {QStringLiteral("receipt_no"), p->receiptNo, QString()}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

FieldErrors DuesService::checkRateTable(const DuesRateTable& table)
{
    FieldErrors errors;
    if (!table.validFrom.isValid())
        errors.append(
            {QStringLiteral("validFrom"),
             QCoreApplication::translate("DuesService", "Enter the month the table applies from.")});
    errors += checkBrackets(table.inWork);
    if (errors.size() < 2)
        errors += checkBrackets(table.retired);
    if (table.fixedMinimum < 0)
        errors.append({QStringLiteral("fixedMinimum"),
                       QCoreApplication::translate("DuesService", "The fixed sum cannot be negative.")});
    if (table.farmerLowest < 0 || table.farmerHighest < table.farmerLowest)
        errors.append({QStringLiteral("farmer"),
                       QCoreApplication::translate(
                           "DuesService", "The farmers' range must run from a sum to a larger one.")});
    return errors;
}

ServiceResult DuesService::addRateTable(const DuesRateTable& input, const QString& note)
{
    if (const QString why = refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    DuesRateTable table = input;
    table.validFrom = firstOfMonth(table.validFrom);
    if (const FieldErrors errors = checkRateTable(table); !errors.isEmpty())
        return ServiceResult::invalid(errors);
    if (table.validFrom < m_ledger.currentMonth())
        return ServiceResult::invalid(
            QCoreApplication::translate(
                "DuesService", "A rate table applies from this month or a later one: the dues of months "
                               "already owed are never rewritten."),
            QStringLiteral("validFrom"));
    for (const DuesRateTable& stored : m_repository.storedRateTables())
        if (stored.validFrom == table.validFrom)
            return ServiceResult::conflict(
                QCoreApplication::translate("DuesService", "A rate table from %1 already exists.")
                    .arg(monthText(table.validFrom)),
                QStringLiteral("validFrom"));
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64*) -> QString {
        if (QString e = m_repository.writeRateTable(table, note.trimmed()); !e.isEmpty())
            return e;
        return m_audit.recordChange(
                   QStringLiteral("dues.rate_table"), QStringLiteral("dues rate table"),
                   {{QStringLiteral("valid_from"), QString(), monthText(table.validFrom)},
                    {QStringLiteral("fixed_minimum"), QString(), yuanText(table.fixedMinimum)}})
                   ? QString()
                   : audited;
    });
    return ServiceResult::fromWrite(written);
}

} // namespace partydesk
