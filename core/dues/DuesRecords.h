#pragma once

#include "DuesRate.h"

#include <QDate>
#include <QString>

namespace partydesk {

// Months are stored as 'YYYY-MM' and carried as the month's first day.
inline QDate firstOfMonth(QDate day)
{
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}
QString monthText(QDate month);
QDate monthFromText(const QString& text);
// Months counted from year 0, so that two months subtract.
inline int monthIndex(QDate month)
{
    return month.year() * 12 + month.month() - 1;
}

// The stored codes of DuesBasis (dues_base.basis).
QString duesBasisCode(DuesBasis basis);
DuesBasis duesBasisFromCode(const QString& code);
// The basis in words, translated (context "DuesBasis").
QString duesBasisName(DuesBasis basis);

enum class PaymentMethod
{
    Cash,
    Bank,
    WeChat,
    Alipay,
    Other
};
QString paymentMethodCode(PaymentMethod method);
PaymentMethod paymentMethodFromCode(const QString& code);
QString paymentMethodName(PaymentMethod method); // translated (context "PaymentMethod")

// A member's dues base from a month on: the basis and the after-tax monthly income or pension, in
// fen (for farmers the monthly sum the branch set; for the fixed minimum nothing).
struct DuesBase
{
    qint64 memberId = 0;
    QDate validFrom; // first of the month
    DuesBasis basis = DuesBasis::InWork;
    Fen income = 0;
    QString note;
};

// The month's dues of `base` by `table`.
Fen duesOf(const DuesRateTable& table, const DuesBase& base);

// One payment: a member's dues for one month, collected by a branch.
struct DuesPayment
{
    qint64 memberId = 0;
    QDate month; // first of the month paid for
    Fen amount = 0;
    QDate paidOn;
    PaymentMethod method = PaymentMethod::Cash;
    QString receiptNo;
    qint64 orgId = 0; // the collecting branch
};

// Yuan with two decimals, exact from fen: 12352 → "123.52".
QString yuanText(Fen fen);
// Parses "123.5", "123.52" or "123" (yuan) into fen; false when it is not such an amount.
bool parseYuan(const QString& text, Fen* fen);

} // namespace partydesk
