#include "DuesRecords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk {

QString monthText(QDate month)
{
    if (!month.isValid())
        return {};
    return QStringLiteral("%1-%2")
        .arg(month.year(), 4, 10, QLatin1Char('0'))
        .arg(month.month(), 2, 10, QLatin1Char('0'));
}

QDate monthFromText(const QString& text)
{
    if (text.size() != 7 || text.at(4) != QLatin1Char('-'))
        return {};
    bool yearOk = false, monthOk = false;
    const int year = text.left(4).toInt(&yearOk);
    const int month = text.mid(5, 2).toInt(&monthOk);
    if (!yearOk || !monthOk || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

QString duesBasisCode(DuesBasis basis)
{
    switch (basis) {
    case DuesBasis::InWork:
        return QStringLiteral("in_work");
    case DuesBasis::Retired:
        return QStringLiteral("retired");
    case DuesBasis::FixedMinimum:
        return QStringLiteral("fixed_minimum");
    case DuesBasis::Farmer:
        return QStringLiteral("farmer");
    }
    return {};
}

DuesBasis duesBasisFromCode(const QString& code)
{
    if (code == QLatin1String("retired"))
        return DuesBasis::Retired;
    if (code == QLatin1String("fixed_minimum"))
        return DuesBasis::FixedMinimum;
    if (code == QLatin1String("farmer"))
        return DuesBasis::Farmer;
    return DuesBasis::InWork;
}

QString duesBasisName(DuesBasis basis)
{
    switch (basis) {
    case DuesBasis::InWork:
        return QCoreApplication::translate("DuesBasis", "In work");
    case DuesBasis::Retired:
        return QCoreApplication::translate("DuesBasis", "Retired");
    case DuesBasis::FixedMinimum:
        return QCoreApplication::translate("DuesBasis", "Fixed minimum");
    case DuesBasis::Farmer:
        return QCoreApplication::translate("DuesBasis", "Farmer");
    }
    return {};
}

QString paymentMethodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Bank:
        return QStringLiteral("bank");
    case PaymentMethod::WeChat:
        return QStringLiteral("wechat");
    case PaymentMethod::Alipay:
        return QStringLiteral("alipay");
    case PaymentMethod::Other:
        return QStringLiteral("other");
    }
    return {};
}

PaymentMethod paymentMethodFromCode(const QString& code)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Bank, PaymentMethod::WeChat,
                            PaymentMethod::Alipay, PaymentMethod::Other})
        if (paymentMethodCode(m) == code)
            return m;
    return PaymentMethod::Other;
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::Bank:
        return QCoreApplication::translate("PaymentMethod", "Bank transfer");
    case PaymentMethod::WeChat:
        return QCoreApplication::translate("PaymentMethod", "WeChat Pay");
    case PaymentMethod::Alipay:
        return QCoreApplication::translate("PaymentMethod", "Alipay");
    case PaymentMethod::Other:
        return QCoreApplication::translate("PaymentMethod", "Other");
    }
    return {};
}

Fen duesOf(const DuesRateTable& table, const DuesBase& base)
{
    return monthlyDues(table, base.basis, base.income, base.income);
}

QString yuanText(Fen fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

bool parseYuan(const QString& text, Fen* fen)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})(?:\\.(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    *fen = match.captured(1).toLongLong() * 100 + cents.toLongLong();
    return true;
}

} // namespace partydesk
