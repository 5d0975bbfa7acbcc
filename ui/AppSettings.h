#pragma once

#include <QString>

namespace partydesk {

// The user's preferences, typed, in QSettings under a version so later releases can migrate them.
namespace AppSettings {

// "zh_CN" (the default, whatever the system locale) or "en".
QString language();
void setLanguage(const QString& language);

} // namespace AppSettings
} // namespace partydesk
