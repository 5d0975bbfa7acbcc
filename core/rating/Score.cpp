#include "Score.h"

#include "tabular/Table.h"

#include <cmath>
#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk {

namespace {

QString normalisedDigits(const QString& input)
{
    QString text = input.trimmed();
    for (QChar& c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0E) || c == QChar(0x3002))
            c = QLatin1Char('.');
        else if (c == QChar(0xFF0D))
            c = QLatin1Char('-');
    }
    return text;
}

QString notAScore(const QString& shown)
{
    return QCoreApplication::translate("Score", "\"%1\" is not a score: type a number such as 3 or 2.5.")
        .arg(shown);
}

QString negative(const QString& shown)
{
    return QCoreApplication::translate("Score", "\"%1\" is below zero: a score cannot be negative.")
        .arg(shown);
}

QString tooManyDecimals(const QString& shown)
{
    return QCoreApplication::translate("Score", "\"%1\" has more than two decimals: scores are kept to "
                                                "hundredths (e.g. 2.5 or 2.25).")
        .arg(shown);
}

} // namespace

Score Score::fromStored(double value)
{
    return Score(qint64(std::llround(value * 100.0)));
}

QString Score::toString() const
{
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return QStringLiteral("%1%2.%3")
        .arg(m_hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Score::toCompactString() const
{
    QString text = toString();
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

ScoreInput parseScore(const QString& input)
{
    const QString text = normalisedDigits(input);
    if (text.isEmpty())
        return {};
    static const QRegularExpression plain(QStringLiteral("^(-?)(\\d{1,6})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch match = plain.match(text);
    if (!match.hasMatch())
        return {std::nullopt, notAScore(input.trimmed())};
    const QString decimals = match.captured(3);
    if (decimals.size() > 2 && decimals.mid(2).contains(QRegularExpression(QStringLiteral("[1-9]"))))
        return {std::nullopt, tooManyDecimals(input.trimmed())};
    qint64 hundredths = match.captured(2).toLongLong() * 100;
    if (!decimals.isEmpty())
        hundredths += decimals.left(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    if (!match.captured(1).isEmpty() && hundredths != 0)
        return {std::nullopt, negative(input.trimmed())};
    return {Score::fromHundredths(hundredths), {}};
}

ScoreInput parseScoreCell(const TableCell& cell)
{
    if (cell.type == TableCell::Type::Empty)
        return {};
    if (cell.type != TableCell::Type::Number && cell.type != TableCell::Type::Date)
        return parseScore(cell.displayText());
    const double value = cell.number;
    if (!std::isfinite(value) || value > 1e6)
        return {std::nullopt, notAScore(cell.displayText())};
    if (value < 0)
        return {std::nullopt, negative(cell.displayText())};
    const double scaled = value * 100.0;
    // A number cell holds the binary double nearest to what was typed: 2.15 is 214.99999…
    if (std::fabs(scaled - std::round(scaled)) > 1e-6)
        return {std::nullopt, tooManyDecimals(QString::number(value, 'g', 12))};
    return {Score::fromHundredths(qint64(std::llround(scaled))), {}};
}

std::optional<bool> parseVetoMark(const QString& input)
{
    const QString text = normalisedDigits(input).toLower();
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("有"),  QStringLiteral("√"),
                                    QStringLiteral("✓"),  QStringLiteral("✔"),   QStringLiteral("1"),
                                    QStringLiteral("y"),  QStringLiteral("yes"), QStringLiteral("true")};
    static const QStringList no = {
        QString(),           QStringLiteral("否"), QStringLiteral("无"),   QStringLiteral("没有"),
        QStringLiteral("×"), QStringLiteral("✗"),  QStringLiteral("x"),    QStringLiteral("0"),
        QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

QString vetoMarksText()
{
    return QCoreApplication::translate("Score", "是/有/√/1 (applies) or 否/无/×/0/empty (does not)");
}

} // namespace partydesk
