#include "CellReference.h"

namespace partydesk::tabular {

std::optional<int> parseRowNumber(QStringView text, int maxRows)
{
    if (text.isEmpty() || text.size() > 10 || text.front() == QLatin1Char('0'))
        return std::nullopt;
    qint64 row = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        row = row * 10 + (c.unicode() - '0');
    }
    if (row < 1 || row > maxRows)
        return std::nullopt;
    return int(row - 1);
}

std::optional<CellPosition> parseCellReference(QStringView reference, int maxRows, int maxColumns)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (i == 0 || i > 3 || column > maxColumns)
        return std::nullopt;
    const std::optional<int> row = parseRowNumber(reference.mid(i), maxRows);
    if (!row)
        return std::nullopt;
    return CellPosition{*row, column - 1};
}

} // namespace partydesk::tabular
