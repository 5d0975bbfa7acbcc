#pragma once

// How the PDF renderer turns a cell's value into text and measures it without laying it out.

#include "dues/DuesRecords.h"
#include "report/TableReport.h"

#include <array>
#include <QDate>
#include <QFontMetricsF>
#include <QHash>
#include <QString>
#include <QVariant>

namespace partydesk {

// yyyy-MM-dd written digit by digit: QDate::toString took a tenth of a 100,000-row export.
inline QString isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate); // empty when invalid
    QString result(10, Qt::Uninitialized);
    QChar* out = result.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(char16_t(u'0' + value % 10));
        out += digits;
    };
    put(year, 4);
    *out++ = u'-';
    put(month, 2);
    *out++ = u'-';
    put(day, 2);
    return result;
}

inline QString text(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return isoDate(value.toDate());
    return value.toString();
}

// A cell of a column: money (fen) is shown in yuan with two decimals.
inline QString text(const QVariant& value, ReportColumn::Kind kind)
{
    if (kind == ReportColumn::Kind::Money && value.isValid() && !value.isNull() &&
        value.typeId() != QMetaType::QString)
        return yuanText(value.toLongLong());
    return text(value);
}

// Widths of one-line text without laying it out: the sum of its characters' advances. For the
// characters of a roster (Han, Latin, digits, common punctuation) that is what shaping gives, but not
// where characters combine, join or change direction: advance() returns -1 for those, and the caller
// measures the whole string.
class CharWidths
{
public:
    explicit CharWidths(const QFontMetricsF& metrics) : m_metrics(metrics) { m_ascii.fill(-1); }

    qreal advance(QStringView text)
    {
        qreal total = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x20 && u < 0x7F) {
                qreal& width = m_ascii[u];
                if (width < 0)
                    width = m_metrics.horizontalAdvance(c);
                total += width;
            } else if (simple(u)) {
                auto it = m_other.find(u);
                if (it == m_other.end())
                    it = m_other.insert(u, m_metrics.horizontalAdvance(c));
                total += *it;
            } else {
                return -1;
            }
        }
        return total;
    }

private:
    static bool simple(char16_t u)
    {
        return (u >= 0xA0 && u < 0x300) || (u >= 0x2010 && u <= 0x2027) || (u >= 0x3000 && u <= 0x3029) ||
               (u >= 0x3030 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF5E);
    }

    QFontMetricsF m_metrics;
    std::array<qreal, 0x80> m_ascii;
    QHash<char16_t, qreal> m_other;
};

// Text that QPainter::drawText rewrites before laying it out (line breaks, tabs, length variants) or
// that has spaces, which glyph runs leave out (text copied from the PDF would lose them): such cells
// are drawn by QPainter itself.
inline bool plainText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x9C || c.isSpace())
            return false;
    }
    return true;
}

} // namespace partydesk
