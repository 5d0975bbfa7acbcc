#pragma once

#include <QString>

namespace partydesk {

// A name's pinyin for search as you type: `full` is every syllable without tones, lower case,
// run together ("张伟" → "zhangwei"); `initials` the first letter of each syllable ("zw").
// Letters and digits that are not Han characters are kept, lower-cased (a name may be written
// with Latin letters); separators such as the middle dot of minority names are dropped.
struct PinyinKeys
{
    QString full;
    QString initials;
};

// ICU's Han-Latin transliteration, one character at a time (a character's reading does not
// depend on its neighbours in ICU's table), cached per character: thread-safe.
PinyinKeys pinyinKeys(const QString& name);

} // namespace partydesk
