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
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
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

namespace {

// A roster-like table of `rows` rows without a workspace: row numbers, dates and masked ID numbers
// (fixed-width columns) beside names and organisations that wrap.
TableReport syntheticRoster(int rows)
{
    TableReport report;
    report.title = QStringLiteral("党员花名册");
    report.subtitle = QStringLiteral("全部党组织   共 %1 人").arg(rows);
    using K = ReportColumn::Kind;
    report.columns = {{QStringLiteral("序号"), K::Number, 3},   {QStringLiteral("姓名"), K::Text, 5},
                      {QStringLiteral("性别"), K::Text, 2.5},   {QStringLiteral("民族"), K::Text, 3.5},
                      {QStringLiteral("出生日期"), K::Date, 6}, {QStringLiteral("身份证号"), K::Code, 11},
                      {QStringLiteral("学历"), K::Text, 5},     {QStringLiteral("所在党组织"), K::Text, 12},
                      {QStringLiteral("人员类别"), K::Text, 7}, {QStringLiteral("党员状态"), K::Text, 5},
                      {QStringLiteral("入党日期"), K::Date, 6}, {QStringLiteral("转正日期"), K::Date, 6},
                      {QStringLiteral("联系电话"), K::Code, 7}, {QStringLiteral("单位/去向"), K::Text, 10}};
    report.rowCount = rows;
    report.cell = [](int r, int c) -> QVariant {
        static const QString surnames = QStringLiteral("于何李张王刘陈杨赵黄周吴徐孙马朱胡郭林罗");
        static const QString given = QStringLiteral("婕融羽明远琼芸彪壮利厚有良璧悦致健裕力之月贞鹏");
        static const QStringList educations = {QStringLiteral("研究生"), QStringLiteral("初中及以下"),
                                               QStringLiteral("大学本科")};
        static const QStringList orgs = {QStringLiteral("幸福一社区大党委/第一网格党支部"),
                                         QStringLiteral("幸福二社区第30科技有限公司党支部"),
                                         QStringLiteral("机关党支部")};
        switch (c) {
        case 0:
            return r + 1;
        case 1: // mostly different names, as on a real roster
            return QString(surnames[r % surnames.size()]) + given[(r / 20) % given.size()] +
                   (r % 3 ? QString(given[(r / 520) % given.size()]) : QString());
        case 2:
            return r % 2 ? QStringLiteral("男") : QStringLiteral("女");
        case 3:
            return QStringLiteral("汉族");
        case 4:
            return QDate(1940, 1, 1).addDays(r % 20000);
        case 5:
            return QStringLiteral("4301**********%1").arg(1000 + r % 9000);
        case 6:
            return educations[r % educations.size()];
        case 7:
            return orgs[r % orgs.size()];
        case 8:
            return QStringLiteral("在册党员");
        case 9:
            return r % 5 ? QStringLiteral("正式党员") : QStringLiteral("入党积极分子");
        case 10:
            return r % 5 ? QVariant(QDate(1990, 1, 1).addDays(r % 9000)) : QVariant();
        case 11:
            return r % 5 ? QVariant(QDate(1991, 1, 1).addDays(r % 9000)) : QVariant();
        case 12:
            return QStringLiteral("189%1").arg(72122395 + r);
        default:
            return r % 3   ? QString()
                   : r % 7 ? QStringLiteral("长沙市开福区东风路街道幸福一社区居民委员会")
                           : QStringLiteral("Riverside Logistics Co., Ltd.\n第二车间");
        }
    };
    report.emphasised = [](int r) { return r % 250 == 249; }; // totals, in bold
    return report;
}

} // namespace

// Not a test: `partydesk_tests "[.bench]"` prints how long the renderer takes over 100,000 rows.
TEST_CASE("Time of a 100,000-row table to PDF", "[.bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    const int rows = qEnvironmentVariableIntValue("PARTYDESK_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("PARTYDESK_BENCH_ROWS")
                         : 100000;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(writePdf({syntheticRoster(rows)}, path, QStringLiteral("bench")).isEmpty());
    const qint64 ms = timer.elapsed();
    if (!qEnvironmentVariableIsEmpty("PARTYDESK_BENCH_KEEP")) {
        QFile::remove(qEnvironmentVariable("PARTYDESK_BENCH_KEEP"));
        QFile::copy(path, qEnvironmentVariable("PARTYDESK_BENCH_KEEP"));
    }
    WARN(rows << " rows to PDF: " << ms << " ms, " << QFileInfo(path).size() / 1000 << " kB, "
              << pdfPageCount(path) << " pages");
}

TEST_CASE("Row numbers, dates and ID numbers beyond row 10000 stay whole on the line of their row",
          "[export][pdf]")
{
    // Fixed-width columns are sized from every row: row 10,000 has a digit more than the first ones.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const int rows = 10020;
    REQUIRE(writePdf({syntheticRoster(rows)}, path, QStringLiteral("PartyDesk")).isEmpty());
    const int pages = pdfPageCount(path);
    REQUIRE(pages > 1);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     QStringLiteral("-f"), QString::number(pages), QStringLiteral("-l"),
                     QString::number(pages), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\n'));
    const TableReport report = syntheticRoster(rows);
    for (int r : {rows - 2, rows - 1}) {
        const QString number = QString::number(r + 1);
        const QString id = report.cell(r, 5).toString();
        const QString birth = report.cell(r, 4).toDate().toString(Qt::ISODate);
        INFO("row " << number.toStdString() << ", ID " << id.toStdString());
        const auto whole = std::find_if(lines.begin(), lines.end(), [&](const QString& line) {
            return line.contains(QRegularExpression(QStringLiteral("(^|\\s)%1\\s").arg(number))) &&
                   line.contains(id) && line.contains(birth);
        });
        CHECK(whole != lines.end());
    }
    // Nothing of a row number is left alone on a line of its own (a wrapped "1001" above "9").
    for (const QString& line : lines)
        CHECK_FALSE(line.trimmed().contains(QRegularExpression(QStringLiteral("^\\d{1,4}$"))));
}
