#include "AppSettings.h"

#include <QSettings>

namespace partydesk::AppSettings {

namespace {
constexpr int settingsVersion = 1;

QSettings& store()
{
    static QSettings settings;
    if (settings.value(QStringLiteral("settingsVersion"), 0).toInt() < settingsVersion)
        settings.setValue(QStringLiteral("settingsVersion"), settingsVersion);
    return settings;
}
} // namespace

QString language()
{
    const QString value = store().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    return value == QLatin1String("en") ? value : QStringLiteral("zh_CN");
}

void setLanguage(const QString& language)
{
    store().setValue(QStringLiteral("ui/language"), language);
}

QStringList rosterExportColumns()
{
    return store().value(QStringLiteral("export/rosterColumns")).toStringList();
}

void setRosterExportColumns(const QStringList& codes)
{
    store().setValue(QStringLiteral("export/rosterColumns"), codes);
}

} // namespace partydesk::AppSettings
