#include "AppSetup.h"

#include "FileDialogLocale.h"

#include <QApplication>
#include <QDir>
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

bool loadQtTranslation(QTranslator& translator, const QString& language)
{
    // Qt's installation (Debian: qt6-translations-l10n), then the folder windeployqt fills.
    const QStringList folders = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    // qt_xx names every module's catalogue (qtbase_xx holds the dialogs, buttons and menus of
    // widgets and printing); qtbase_xx alone where a deployment left the others out.
    for (const QString& folder : folders)
        for (const QString& name : {QStringLiteral("qt_"), QStringLiteral("qtbase_")})
            if (translator.load(name + language, folder))
                return true;
    return false;
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("zh_CN"))
        return;
    initTranslationResources();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")))
        app.installTranslator(ours);
    // Installed last, asked first: what Qt's catalogue lacks falls through to ours.
    auto* qt = new QTranslator(&app);
    if (loadQtTranslation(*qt, language))
        app.installTranslator(qt);
    else
        delete qt; // not installed: Qt's dialogs stay in English (a test requires the catalogue)
    FileDialogLocale::installForAllDialogs(app);
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
