#pragma once

#include <QString>

namespace partydesk {

// The spaces beside a figure become no-break spaces, so that a wrapped line never parts a number
// from the word before it or the unit after it ("预备党员 15 名", "制度落实好 12.00/15").
inline QString keepFiguresWhole(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ') &&
            ((i > 0 && text.at(i - 1).isDigit()) || (i + 1 < text.size() && text.at(i + 1).isDigit())))
            text[i] = QChar::Nbsp;
    return text;
}

} // namespace partydesk
