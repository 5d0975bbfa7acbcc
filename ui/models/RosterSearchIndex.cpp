#include "RosterSearchIndex.h"

#include <algorithm>
#include <cstring>
#include <QStringView>
#include <string_view>

namespace partydesk {

namespace {

// Simple case folding, code point by code point: what Qt::CaseInsensitive compares.
QString folded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, text[i + 1]));
            out.append(QChar::highSurrogate(folded));
            out.append(QChar::lowSurrogate(folded));
            ++i;
        } else {
            out.append(QChar(QChar::toCaseFolded(c.unicode())));
        }
    }
    return out;
}

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x100; });
}

// A separator no one types: a search never matches across fields or slots.
constexpr char16_t pad = u'\x1f';

// Where `needle` (not empty) occurs in `text` from `from`, or npos. Digits repeat in every ID and
// phone number, so the first character alone finds a candidate every few bytes: eight positions
// at a time are tested for the first two characters at once, and only those are compared.
size_t findBytes(std::string_view text, std::string_view needle, size_t from)
{
    if (needle.size() < 2)
        return text.find(needle, from);
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const quint64 first = ones * quint8(needle[0]);
    const quint64 second = ones * quint8(needle[1]);
    const auto zeroBytes = [](quint64 v) { return (v - ones) & ~v & highs; }; // may over-report
    const char* data = text.data();
    size_t at = from;
    for (; at + 9 <= text.size(); at += 8) {
        quint64 a, b;
        std::memcpy(&a, data + at, 8);
        std::memcpy(&b, data + at + 1, 8);
        if (zeroBytes(a ^ first) & zeroBytes(b ^ second))
            for (size_t k = at; k < at + 8; ++k)
                if (data[k] == needle[0] && data[k + 1] == needle[1] && k + needle.size() <= text.size() &&
                    std::memcmp(data + k, needle.data(), needle.size()) == 0)
                    return k;
    }
    return text.find(needle, at);
}

// The same for UTF-16 text, where a search's first character is rarely frequent: Qt finds one
// character with vector instructions.
qsizetype findText(QStringView text, QStringView needle, qsizetype from)
{
    while ((from = text.indexOf(needle.front(), from)) >= 0) {
        if (text.mid(from, needle.size()) == needle)
            return from;
        ++from;
    }
    return -1;
}

} // namespace

void RosterSearchIndex::clear()
{
    m_names.clear();
    m_numbers.clear();
    m_rowText.clear();
    m_isIrregular.clear();
    m_irregular.clear();
    m_pinyin.clear();
    m_longPinyin.clear();
}

void RosterSearchIndex::set(int i, const RosterRow& row)
{
    if (size_t(i) == m_rowText.size()) {
        m_names.append(QString(nameSlot, QChar(pad)));
        m_numbers.append(QByteArray(numberSlot, char(pad)));
        m_rowText.emplace_back();
        m_isIrregular.push_back(0);
        m_pinyin.append(QByteArray(pinyinSlot, char(pad)));
        m_longPinyin.emplace_back();
    }
    // Pinyin keys are lower-case ASCII already (core/domain/Pinyin).
    const QByteArray pinyin = row.pinyin.toLatin1() + char(pad) + row.initials.toLatin1();
    char* pinyinSlotText = m_pinyin.data() + qsizetype(i) * pinyinSlot;
    std::memset(pinyinSlotText, pad, pinyinSlot);
    if (pinyin.size() < pinyinSlot) {
        std::memcpy(pinyinSlotText, pinyin.constData(), size_t(pinyin.size()));
        m_longPinyin[size_t(i)].clear();
    } else {
        m_longPinyin[size_t(i)] = pinyin;
    }
    const QString name = folded(row.name);
    const QString numbers = folded(row.idNumber) + QChar(pad) + folded(row.phone);
    const bool fits = name.size() < nameSlot && numbers.size() < numberSlot && isLatin1(numbers);
    QChar* nameSlotText = m_names.data() + qsizetype(i) * nameSlot;
    std::fill(nameSlotText, nameSlotText + nameSlot, QChar(pad));
    char* numberSlotText = m_numbers.data() + qsizetype(i) * numberSlot;
    std::memset(numberSlotText, pad, numberSlot);
    if (fits) {
        std::copy(name.begin(), name.end(), nameSlotText);
        for (qsizetype c = 0; c < numbers.size(); ++c)
            numberSlotText[c] = char(numbers[c].unicode());
        m_rowText[size_t(i)].clear();
    } else {
        m_rowText[size_t(i)] = name + QChar(pad) + numbers;
    }
    setIrregular(i, !fits);
}

void RosterSearchIndex::setIrregular(int i, bool irregular)
{
    if (bool(m_isIrregular[size_t(i)]) == irregular)
        return;
    m_isIrregular[size_t(i)] = irregular;
    if (irregular)
        m_irregular.push_back(i);
    else
        m_irregular.erase(std::find(m_irregular.begin(), m_irregular.end(), i));
}

namespace {

// The search as pinyin: Latin letters only, lower case; empty when it is not one.
QByteArray asPinyin(const QString& needle)
{
    for (const QChar c : needle)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return {};
    return needle.toLatin1();
}

} // namespace

bool RosterSearchIndex::pinyinMatches(int i, const QByteArray& needle) const
{
    if (!m_longPinyin[size_t(i)].isEmpty())
        return m_longPinyin[size_t(i)].contains(needle);
    const std::string_view slot(m_pinyin.constData() + qsizetype(i) * pinyinSlot, pinyinSlot);
    return slot.find(std::string_view(needle.constData(), size_t(needle.size()))) != std::string_view::npos;
}

void RosterSearchIndex::match(const QString& search, std::vector<char>* hits) const
{
    const QString needle = folded(search);
    if (needle.contains(QChar(pad)))
        return;
    if (const QByteArray pinyin = asPinyin(needle); !pinyin.isEmpty()) {
        const std::string_view buffer(m_pinyin.constData(), size_t(m_pinyin.size()));
        const std::string_view text(pinyin.constData(), size_t(pinyin.size()));
        for (size_t from = 0; pinyin.size() < pinyinSlot &&
                              (from = findBytes(buffer, text, from)) != std::string_view::npos;) {
            const size_t row = from / pinyinSlot;
            (*hits)[row] = 1;
            from = (row + 1) * pinyinSlot;
        }
        for (size_t i = 0; i < m_longPinyin.size(); ++i)
            if (!m_longPinyin[i].isEmpty() && m_longPinyin[i].contains(pinyin))
                (*hits)[i] = 1;
    }
    // Names: one scan of the flat buffer; after a hit, on to the next row's slot.
    const QStringView names(m_names);
    for (qsizetype from = 0; (from = findText(names, needle, from)) >= 0;) {
        const qsizetype row = from / nameSlot;
        (*hits)[size_t(row)] = 1;
        from = (row + 1) * nameSlot;
    }
    // ID and phone numbers hold Latin-1 text only; other text cannot be in them.
    if (isLatin1(needle) && needle.size() < numberSlot) {
        const QByteArray bytes = needle.toLatin1();
        const std::string_view numbers(m_numbers.constData(), size_t(m_numbers.size()));
        const std::string_view text(bytes.constData(), size_t(bytes.size()));
        for (size_t from = 0; (from = findBytes(numbers, text, from)) != std::string_view::npos;) {
            const size_t row = from / numberSlot;
            (*hits)[row] = 1;
            from = (row + 1) * numberSlot;
        }
    }
    for (int i : m_irregular)
        if (m_rowText[size_t(i)].contains(needle))
            (*hits)[size_t(i)] = 1;
}

bool RosterSearchIndex::matches(int i, const QString& search) const
{
    const QString needle = folded(search);
    if (needle.contains(QChar(pad)))
        return false;
    if (const QByteArray pinyin = asPinyin(needle); !pinyin.isEmpty() && pinyinMatches(i, pinyin))
        return true;
    if (m_isIrregular[size_t(i)])
        return m_rowText[size_t(i)].contains(needle);
    if (QStringView(m_names).mid(qsizetype(i) * nameSlot, nameSlot).contains(needle))
        return true;
    if (!isLatin1(needle))
        return false;
    const QByteArray bytes = needle.toLatin1();
    const std::string_view slot(m_numbers.constData() + qsizetype(i) * numberSlot, numberSlot);
    return slot.find(std::string_view(bytes.constData(), size_t(bytes.size()))) != std::string_view::npos;
}

} // namespace partydesk
