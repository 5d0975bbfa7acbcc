#include "ImportText.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk::ImportText {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00a0) || c == QChar(0xfeff) ||
           c == QChar(0x200b);
}

// A number with up to 15 significant digits as written, never in exponent form.
QString plainNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

DateValue dateOf(int year, int month, int day, const QString& original, bool monthOnly)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900)
        return {{},
                false,
                QCoreApplication::translate("ImportText", "\"%1\" is not a valid date.").arg(original)};
    return {date, monthOnly, {}};
}

DateValue parseDateText(const QString& original)
{
    QString text = halfWidth(original);
    // "1985-07-01 00:00:00": a date with a midnight time, as some exports write it.
    static const QRegularExpression withTime(QStringLiteral("^(\\S+)\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"));
    if (const auto m = withTime.match(text); m.hasMatch())
        text = m.captured(1);
    text = compact(text);
    static const QRegularExpression full(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression digits8(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    static const QRegularExpression digits6(QStringLiteral("^(\\d{4})(\\d{2})$"));
    for (const auto* pattern : {&full, &digits8}) {
        if (const auto m = pattern->match(text); m.hasMatch())
            return dateOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), original,
                          false);
    }
    for (const auto* pattern : {&month, &digits6}) {
        if (const auto m = pattern->match(text); m.hasMatch())
            return dateOf(m.captured(1).toInt(), m.captured(2).toInt(), 1, original, true);
    }
    return {
        {},
        false,
        QCoreApplication::translate("ImportText", "\"%1\" is not a date: write it as 1985-07-01 or 1985.07.")
            .arg(original)};
}

DateValue parseDateNumber(double value)
{
    const QString shown = plainNumber(value);
    if (!std::isfinite(value))
        return {{}, false, QCoreApplication::translate("ImportText", "\"%1\" is not a date.").arg(shown)};
    if (value == std::floor(value) && value >= 19000101 && value <= 29991231)
        return parseDateText(shown); // 19850701 typed into a number cell
    if (value == std::floor(value) && value >= 190001 && value <= 299912)
        return parseDateText(shown); // 198507
    // 1985.07 typed into a number cell is stored as 1985.07; 1985.10 as 1985.1.
    if (value >= 1900 && value < 3000 && value != std::floor(value)) {
        const int year = int(value);
        const int hundredths = int(std::lround((value - year) * 100));
        if (hundredths == 10)
            return {{},
                    false,
                    QCoreApplication::translate(
                        "ImportText",
                        "\"%1\" is ambiguous: the spreadsheet stored 1985.10 (October) and 1985.1 (January) "
                        "as the same number. Format the column as text and type the month with two digits.")
                        .arg(shown)};
        const int month = hundredths % 10 == 0 ? hundredths / 10 : hundredths;
        if (std::fabs(value - (year + hundredths / 100.0)) < 1e-9 && month >= 1 && month <= 12)
            return dateOf(year, month, 1, shown, true);
        return {{}, false, QCoreApplication::translate("ImportText", "\"%1\" is not a date.").arg(shown)};
    }
    const QDate serial = dateFromExcelSerial(value);
    if (serial.isValid() && serial.year() >= 1900)
        return {serial, false, {}};
    return {{}, false, QCoreApplication::translate("ImportText", "\"%1\" is not a date.").arg(shown)};
}

} // namespace

namespace {

// Full-width forms and odd spaces are rare; a cell without them is kept as it is.
bool needsHalfWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xff01 && u <= 0xff5e) || (u >= 0x80 && isSpace(c)) || u == 0xfeff || u == 0x200b;
}

} // namespace

QString halfWidth(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), needsHalfWidth))
        return text.trimmed();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xff01 && u <= 0xff5e)
            out.append(QChar(char16_t(u - 0xfee0)));
        else if (isSpace(c))
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.trimmed();
}

QString compact(const QString& text)
{
    QString out = halfWidth(text);
    if (std::any_of(out.cbegin(), out.cend(), [](QChar c) { return c.isSpace(); }))
        out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

QString cellText(const TableCell& cell)
{
    switch (cell.type) {
    case TableCell::Type::Empty:
        return {};
    case TableCell::Type::Number:
        return plainNumber(cell.number);
    default:
        return halfWidth(cell.displayText());
    }
}

DateValue parseDate(const TableCell& cell)
{
    switch (cell.type) {
    case TableCell::Type::Empty:
        return {};
    case TableCell::Type::Date: {
        const QDate date = cell.date();
        if (!date.isValid())
            return {
                {}, false, QCoreApplication::translate("ImportText", "The date cell holds no valid date.")};
        return {date, false, {}};
    }
    case TableCell::Type::Number:
        return parseDateNumber(cell.number);
    default:
        if (cell.text.trimmed().isEmpty())
            return {};
        return parseDateText(cell.text.trimmed());
    }
}

IdValue parseIdNumber(const TableCell& cell)
{
    const QString lost = QCoreApplication::translate(
        "ImportText", "The ID number was stored as a number (%1), so the spreadsheet has already dropped "
                      "its last digits. Format the column as text in Excel, type the full number again "
                      "(or start it with an apostrophe ') and import again.");
    if (cell.type == TableCell::Type::Number) {
        const QString shown = QString::number(cell.number, 'g', 6).toUpper();
        // Above 2^53 a double cannot hold every digit; an 18-digit number is always past it.
        if (!std::isfinite(cell.number) || std::fabs(cell.number) >= 1e15)
            return {{}, lost.arg(shown)};
        return {plainNumber(cell.number), {}};
    }
    QString text = compact(cell.displayText());
    while (!text.isEmpty() && (text.front() == QLatin1Char('\'') || text.front() == QChar(0x2018) ||
                               text.front() == QChar(0x2019) || text.front() == QLatin1Char('`')))
        text.remove(0, 1);
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(text).hasMatch())
        return {{}, lost.arg(text.toUpper())};
    return {text.toUpper(), {}};
}

QString parsePhone(const TableCell& cell)
{
    return compact(cellText(cell));
}

} // namespace partydesk::ImportText
