#include "Pinyin.h"

#include <memory>
#include <mutex>
#include <QHash>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace partydesk {

namespace {

// The syllable of one Han character, without tones, lower case ASCII; empty when ICU has none.
class SyllableCache
{
public:
    QString syllable(char32_t c)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto found = m_cache.constFind(c);
        if (found != m_cache.cend())
            return *found;
        QString result;
        if (transliterator()) {
            icu::UnicodeString text(static_cast<UChar32>(c));
            m_transliterator->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            for (const char ch : utf8)
                if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
                    result.append(QLatin1Char(ch));
        }
        m_cache.insert(c, result);
        return result;
    }

private:
    icu::Transliterator* transliterator()
    {
        if (!m_created) {
            m_created = true;
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(icu::Transliterator::createInstance(
                icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                m_transliterator.reset();
        }
        return m_transliterator.get();
    }

    std::mutex m_mutex;
    bool m_created = false;
    std::unique_ptr<icu::Transliterator> m_transliterator;
    QHash<char32_t, QString> m_cache;
};

SyllableCache& cache()
{
    static SyllableCache instance;
    return instance;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

PinyinKeys pinyinKeys(const QString& name)
{
    PinyinKeys keys;
    const auto codePoints = name.toUcs4();
    bool inWord = false; // within a run of Latin letters or digits: one initial per run
    for (const char32_t c : codePoints) {
        if (isHan(c)) {
            const QString syllable = cache().syllable(c);
            keys.full += syllable;
            if (!syllable.isEmpty())
                keys.initials += syllable.front();
            inWord = false;
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            const QChar lower = QChar(QChar::toLower(c));
            keys.full += lower;
            if (!inWord)
                keys.initials += lower;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return keys;
}

} // namespace partydesk
