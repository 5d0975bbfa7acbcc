#include "AppSetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(partydesk_translations);
}

namespace partydesk {

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("zh_CN"))
        return;
    initTranslationResources();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

void applyChineseFont(QApplication& app)
{
    const QStringList preferred = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                                   QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC"),
                                   QStringLiteral("WenQuanYi Micro Hei")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString& family : preferred)
        if (installed.contains(family))
            families << family;
    if (families.isEmpty())
        return;
    QFont font = app.font();
    families << font.families();
    font.setFamilies(families);
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
}

} // namespace partydesk
