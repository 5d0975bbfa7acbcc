#pragma once

#include <optional>
#include <QStringView>

namespace partydesk::tabular {

// A cell reference such as "AB12" as 0-based row and column. Only what Excel writes is accepted:
// one to three letters, then a row number without sign or leading zero; anything beyond
// `maxRows` × `maxColumns` is refused. Never overflows, whatever the length of the text.
struct CellPosition
{
    int row = 0;
    int column = 0;
};
std::optional<CellPosition> parseCellReference(QStringView reference, int maxRows, int maxColumns);

// A row number ("12", 1-based in the text) as a 0-based row, or nothing when out of 1..maxRows.
std::optional<int> parseRowNumber(QStringView text, int maxRows);

} // namespace partydesk::tabular
