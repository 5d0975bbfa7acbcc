#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "report/MemberStatistics.h"
#include "report/RosterExport.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QPrinter>
#include <QRegularExpression>
#include <QTranslator>

using namespace partydesk;
using namespace partydesk::test;

static void initTranslations()
{
    Q_INIT_RESOURCE(partydesk_translations);
}

TEST_CASE("The roster PDF embeds a Chinese font, repeats its header and copies out as the same characters",
          "[export][pdf]")
{
    initTranslations();
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);

    TempWorkspace temp(true);
    const std::vector<RosterRow> roster = temp.workspace().members().roster();
    std::vector<const RosterRow*> rows;
    for (const RosterRow& row : roster)
        rows.push_back(&row);
    const QHash<qint64, QString> names = organisationDisplayNames(temp.workspace().organisations().all());
    RosterExportOptions options;
    options.organisationName = QStringLiteral("东风街道党工委");
    options.today = QDate(2026, 11, 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("花名册.pdf"));
    const QString error = writePdf({rosterReport(rows, names, options)}, path, QStringLiteral("PartyDesk"));
    QCoreApplication::removeTranslator(&chinese);
    REQUIRE(error.isEmpty());

    const int pages = pdfPageCount(path);
    REQUIRE(pages > 10);
    const QString all = pdfText(path);
    // Every member appears; 人 and the other characters come out as themselves, not as
    // Kangxi radicals (U+2F00-U+2FDF) or CJK radicals supplement (U+2E80-U+2EFF).
    for (const RosterRow& row : roster)
        CHECK(all.contains(row.name));
    int radicals = 0;
    for (QChar c : all)
        radicals += c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF;
    CHECK(radicals == 0);
    CHECK(all.contains(QStringLiteral("党员花名册")));
    for (int page : {1, pages / 2, pages}) {
        const QString text = pdfText(path, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("党员花名册")));
        CHECK(text.contains(QStringLiteral("身份证号"))); // the header row, on every page
        CHECK(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages)));
    }
    // Masked by default.
    CHECK_FALSE(all.contains(roster.front().idNumber));
    CHECK(all.contains(IdNumber::masked(roster.front().idNumber)));

    const QString fonts = pdfFonts(path);
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("WenQuanYi")));
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString& line : fontLines)
        CHECK(line.contains(
            QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b")))); // embedded, unicode map
}

TEST_CASE("The statistics PDF lists every organisation and the total", "[export][pdf]")
{
    TempWorkspace temp(true);
    const QList<Organisation> orgs = temp.workspace().organisations().all();
    const MemberStatistics statistics(temp.workspace().members().roster(), orgs, 0, QDate(2026, 11, 15));
    QList<TableReport> reports;
    for (MemberStatistics::Dimension d : MemberStatistics::dimensions())
        reports << statistics.report(d, QStringLiteral("东风街道党工委"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.pdf"));
    REQUIRE(writePdf(reports, path, QStringLiteral("PartyDesk")).isEmpty());
    CHECK(pdfPageCount(path) == 7);
    const QString first = pdfText(path, 1);
    for (const Organisation& org : orgs)
        if (org.type != OrgType::PartyGroup)
            CHECK(first.contains(org.name.left(8)));
    CHECK(first.contains(QStringLiteral("Total")));
}

TEST_CASE("A cancelled PDF leaves no file behind", "[export][pdf]")
{
    TempWorkspace temp(true);
    const MemberStatistics statistics(temp.workspace().members().roster(),
                                      temp.workspace().organisations().all(), 0, QDate(2026, 11, 15));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    const QString error = writePdf({statistics.report(MemberStatistics::Dimension::Sex, QStringLiteral("x"))},
                                   path, QStringLiteral("PartyDesk"), [](int, int) { return false; });
    CHECK_FALSE(error.isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("Printing goes through the same renderer: a printer writing PDF gets the same pages", "[export][pdf]")
{
    TempWorkspace temp(true);
    const MemberStatistics statistics(temp.workspace().members().roster(), temp.workspace().organisations().all(),
                                      0, QDate(2026, 11, 15));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        REQUIRE(ReportRenderer({statistics.report(MemberStatistics::Dimension::AgeBand, QStringLiteral("和平社区")),
                                statistics.report(MemberStatistics::Dimension::Sex, QStringLiteral("和平社区"))})
                    .render(&printer));
    }
    CHECK(pdfPageCount(path) == 2);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("和平社区")));
    CHECK(text.contains(QStringLiteral("Page 2 of 2")));
}
