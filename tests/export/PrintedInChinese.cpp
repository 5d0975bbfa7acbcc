#include "PrintedInChinese.h"

#include "reports/ReportRenderer.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

static void initTranslations()
{
    Q_INIT_RESOURCE(partydesk_translations); // declares a function: outside any namespace
}

namespace partydesk::test {

InChinese::InChinese()
{
    initTranslations();
    REQUIRE(m_translator.load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
}

InChinese::~InChinese()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QString printedPdf(const QTemporaryDir& dir, const QList<TableReport>& reports, const QString& name)
{
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(writePdf(reports, path, QStringLiteral("test")).isEmpty());
    const QString keep = qEnvironmentVariable("PARTYDESK_KEEP_PDFS");
    if (!keep.isEmpty()) {
        const QString copy = QDir(keep).filePath(name + QStringLiteral(".pdf"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(path, copy));
    }
    return path;
}

} // namespace partydesk::test
