#include "IdNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk {

QChar IdNumber::checkCharacter(QStringView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

IdNumberCheck IdNumber::check(const QString& input)
{
    IdNumberCheck result;
    QString id = input.trimmed();
    if (id.endsWith(QLatin1Char('x')))
        id[id.size() - 1] = QLatin1Char('X');
    result.normalised = id;

    if (id.isEmpty()) {
        result.error = QCoreApplication::translate("IdNumber", "The ID number is empty.");
        return result;
    }
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if ((u >= 0xFF10 && u <= 0xFF19) || u == 0xFF38 || u == 0xFF58) {
            result.error = QCoreApplication::translate(
                "IdNumber", "The ID number contains full-width characters; type it with half-width "
                            "digits (switch the input method to half-width).");
            return result;
        }
    }
    if (id.size() != 18) {
        result.error =
            QCoreApplication::translate("IdNumber", "The ID number must have 18 characters; this one has %1.")
                .arg(id.size());
        return result;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dX]$"));
    if (!shape.match(id).hasMatch()) {
        result.error = QCoreApplication::translate(
            "IdNumber", "The ID number may contain only digits, and X as its last character.");
        return result;
    }
    // Digits were checked above; QDate::fromString with a format is slow for 100,000 rows.
    const auto digits = [&id](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + id[i].digitValue();
        return value;
    };
    const QDate birth(digits(6, 4), digits(10, 2), digits(12, 2));
    if (!birth.isValid()) {
        result.error = QCoreApplication::translate(
                           "IdNumber", "Characters 7-14 of the ID number (%1) are not a valid birth date.")
                           .arg(id.mid(6, 8));
        return result;
    }
    const QChar expected = checkCharacter(QStringView(id).left(17));
    if (id.at(17) != expected) {
        result.error =
            QCoreApplication::translate(
                "IdNumber", "The ID number's check character is wrong (the last character should be %1 for "
                            "these first 17 digits): a digit was probably mistyped.")
                .arg(expected);
        return result;
    }
    result.ok = true;
    result.birthDate = birth;
    result.sex = (id.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    return result;
}

QString IdNumber::masked(const QString& idNumber)
{
    if (idNumber.size() <= 8)
        return idNumber;
    return idNumber.left(4) + QString(idNumber.size() - 8, QLatin1Char('*')) + idNumber.right(4);
}

QString IdNumber::maskedPhone(const QString& phone)
{
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    const int keepFront = digits >= 8 ? 3 : 0;
    const int keepBack = digits >= 8 ? 4 : 2;
    QString out = phone;
    int seen = 0;
    for (QChar& c : out) {
        if (!c.isDigit())
            continue;
        if (seen >= keepFront && seen < digits - keepBack)
            c = QLatin1Char('*');
        ++seen;
    }
    return out;
}

bool isValidPhone(const QString& phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    const QString p = phone.trimmed();
    return mobile.match(p).hasMatch() || landline.match(p).hasMatch();
}

} // namespace partydesk
