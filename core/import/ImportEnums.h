#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace partydesk {

// The words people type for enumerated fields, read into the values PartyDesk keeps. Each returns
// false when the text matches nothing (the caller decides whether that is a warning or an error).
namespace ImportEnums {

bool sex(const QString& text, Sex* value);
bool education(const QString& text, Education* value); // 硕士研究生 → 研究生, 本科 → 大学本科 …
bool category(const QString& text, MemberCategory* value); // 在册/在职/流出/流入, with 党员, brackets
bool status(const QString& text, MemberStatus* value);     // 正式/预备 …, 中共党员 (政治面貌)
// The ethnic group's full name (汉 → 汉族, 蒙古 → 蒙古族); empty when it is none of the 56.
QString ethnicity(const QString& text);
// Tags separated by 、 , ; or spaces; `unknown` receives the words that are no tag.
QList<MemberTag> tags(const QString& text, QStringList* unknown);

} // namespace ImportEnums

} // namespace partydesk
