#pragma once

#include "repository/RosterRow.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace partydesk {

// Search as you type by name, ID number or phone, and by the name's pinyin (full or initials: "zw",
// "zhangwei" → 张伟), over 100,000 rows within a keystroke: the text is case-folded once and laid
// out in flat buffers of fixed-width slots (names as UTF-16; ID and phone numbers, and pinyin, as
// bytes), scanned in one pass each. Rows that do not fit a slot are checked one by one. Matches
// exactly what a case-insensitive `contains` on each field would; pinyin only for a search made of
// Latin letters alone.
class RosterSearchIndex
{
public:
    void clear();
    // Adds (i == size) or replaces row i.
    void set(int i, const RosterRow& row);
    // Sets hits[i] to 1 for every row matching `search` (not empty, trimmed); hits has one entry per row.
    void match(const QString& search, std::vector<char>* hits) const;
    bool matches(int i, const QString& search) const;

private:
    static constexpr int nameSlot = 8;    // up to 7 UTF-16 units, then at least one pad
    static constexpr int numberSlot = 40; // ID number, separator, phone, then at least one pad
    static constexpr int pinyinSlot = 48; // full pinyin, separator, initials, then at least one pad

    void setIrregular(int i, bool irregular);
    bool pinyinMatches(int i, const QByteArray& needle) const;

    QString m_names;
    QByteArray m_numbers;
    std::vector<QString> m_rowText; // each row's folded fields, for rows that do not fit a slot
    std::vector<char> m_isIrregular;
    std::vector<int> m_irregular;
    QByteArray m_pinyin;
    std::vector<QByteArray> m_longPinyin; // a row's pinyin that does not fit its slot, else empty
};

} // namespace partydesk
