#pragma once

#include <QString>
#include <QStringList>

namespace partydesk {

// The user's preferences, typed, in QSettings under a version so later releases can migrate them.
namespace AppSettings {

// "zh_CN" (the default, whatever the system locale) or "en".
QString language();
void setLanguage(const QString& language);

// The roster columns last chosen for an export, by code; empty: the default set.
QStringList rosterExportColumns();
void setRosterExportColumns(const QStringList& codes);

} // namespace AppSettings
} // namespace partydesk
