// The printed lists stay within their pages and keep their words whole: the star-rating report (the
// rankings on one page, the charts on the next, then one page per branch's sheet), the roster, the
// member statistics, the dues sheets, the appraisal results, the development ledger and the transfer
// register. Built from the demo community, printed in Chinese and read back with pdfinfo and
// pdftotext. With PARTYDESK_KEEP_PDFS set to a folder, the PDFs are copied there to be looked at.

#include "appraisal/AppraisalReport.h"
#include "appraisal/AppraisalService.h"
#include "development/DevelopmentReport.h"
#include "development/DevelopmentService.h"
#include "development/ProbationDue.h"
#include "domain/OrganisationTree.h"
#include "dues/DuesReports.h"
#include "dues/DuesService.h"
#include "ExternalReaders.h"
#include "PrintedInChinese.h"
#include "rating/RatingReport.h"
#include "rating/RatingReports.h"
#include "report/MemberStatistics.h"
#include "report/RosterExport.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"
#include "transfers/TransferReport.h"
#include "transfers/TransferService.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// pdftotext lays a table out line by line: a value broken inside its cell comes out in two pieces.
void checkWhole(const QString& text, const QStringList& values)
{
    for (const QString& value : values) {
        INFO(value.toStdString());
        CHECK(text.contains(value));
    }
}

struct Community
{
    TempWorkspace temp{true}; // the demo community, on 2026-11-15
    QList<Organisation> organisations = temp.workspace().organisations().all();
    QHash<qint64, QString> names = organisationDisplayNames(organisations);

    // A branch with its Party groups.
    QSet<qint64> branchScope(qint64 branch) const
    {
        QSet<qint64> ids{branch};
        for (const Organisation& org : organisations)
            if (org.parentId == branch)
                ids << org.id;
        return ids;
    }
    qint64 largestBranch()
    {
        qint64 best = 0;
        qsizetype most = -1;
        for (const Organisation& org : organisations)
            if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup) {
                const qsizetype members = temp.workspace().members().roster(branchScope(org.id)).size();
                if (members > most) {
                    most = members;
                    best = org.id;
                }
            }
        return best;
    }
};

} // namespace

TEST_CASE("The star-rating report: the rankings on a page, the charts on the next, a page per sheet",
          "[export][pdf][pages][rating]")
{
    InChinese chinese;
    Community c;
    const std::unique_ptr<RatingReport> report =
        loadRatingReport(c.temp.workspace().ratings(), c.organisations, 2025);
    REQUIRE(report);
    REQUIRE(report->sheetCount() == 10);
    const QList<TableReport> reports = ratingReportWithCharts(*report, c.names);
    QTemporaryDir dir;
    const QString path = printedPdf(dir, reports, QStringLiteral("rating"));
    CHECK(pdfPageCount(path) == 2 + report->sheetCount());

    // The rankings: every branch whole, the aspects' headers unbroken before their maximum, the
    // change against last year in words without a sign after "down".
    const QString first = pdfText(path, 1);
    for (const RatingResult& r : report->outcome().results)
        CHECK(first.contains(c.names.value(r.orgId)));
    checkWhole(first, {QStringLiteral("班子建设好"), QStringLiteral("群众满意"),
                       QStringLiteral("后进：需整改"), QStringLiteral("较上年")});
    CHECK_FALSE(first.contains(QRegularExpression(QStringLiteral("下降\\s*-"))));
    CHECK_FALSE(first.contains(QStringLiteral("place")));

    // The charts across the page, drawn at least 2,000 pixels wide so their labels print sharp.
    const QString second = pdfText(path, 2);
    CHECK(second.contains(QStringLiteral("星级分布")));
    int charts = 0;
    for (const TableReport& part : reports)
        if (!part.figurePng.isEmpty()) {
            QBuffer buffer;
            buffer.setData(part.figurePng);
            CHECK(QImageReader(&buffer, "PNG").size().width() >= 2000);
            ++charts;
        }
    CHECK(charts == 2);

    // Each branch's sheet on a page of its own: its 34 tasks and the lines to sign.
    for (int i = 0; i < report->sheetCount(); ++i) {
        const QString page = pdfText(path, 3 + i);
        INFO("sheet " << i);
        CHECK(page.contains(c.names.value(report->outcome().results[i].orgId)));
        CHECK(page.contains(QStringLiteral("34")));
        checkWhole(page, {QStringLiteral("考评人："), QStringLiteral("审核人："), QStringLiteral("日期：")});
    }
}

TEST_CASE("A rating of branches under two parents ranks each under its own heading",
          "[export][pdf][pages][rating]")
{
    InChinese chinese;
    Community c;
    const RatingYear year = *c.temp.workspace().ratings().loadYear(2025);
    // Half the branches moved under a second committee (ranks are counted within a parent).
    QHash<qint64, qint64> parents;
    qint64 committee = 0, other = 0;
    for (const Organisation& org : c.organisations) {
        parents.insert(org.id, org.parentId);
        if (org.type == OrgType::StreetCommittee)
            other = org.id;
    }
    REQUIRE(other > 0);
    for (int i = 0; i < year.orgIds.size(); ++i) {
        committee = parents.value(year.orgIds[i]);
        if (i % 2)
            parents.insert(year.orgIds[i], other);
    }
    const RatingReport report(year, std::nullopt, c.names, parents);
    REQUIRE(report.parentGroups().size() == 2);
    QTemporaryDir dir;
    const QString path =
        printedPdf(dir, ratingReportWithCharts(report, c.names), QStringLiteral("rating-parents"));
    CHECK(pdfPageCount(path) <= 3 + report.sheetCount());
    const QString first = pdfText(path, 1);
    CHECK(first.contains(c.names.value(committee)));
    CHECK(first.contains(c.names.value(other)));
    // Each parent's ranking starts at 1.
    CHECK(first.count(QRegularExpression(QStringLiteral("(^|\\n)\\s*1\\s"))) >= 2);
}

TEST_CASE("The roster keeps short values whole on rows of one or two lines", "[export][pdf][pages]")
{
    InChinese chinese;
    Community c;
    const std::vector<RosterRow> roster = c.temp.workspace().members().roster();
    std::vector<const RosterRow*> rows;
    for (const RosterRow& row : roster)
        if (!row.leftOn.isValid())
            rows.push_back(&row);
    RosterExportOptions options;
    options.organisationName = QStringLiteral("和平社区");
    options.today = QDate(2026, 11, 15);
    const QHash<qint64, QString> names = uniqueOrganisationNames(c.organisations);
    QTemporaryDir dir;
    const QString path = printedPdf(dir, {rosterReport(rows, names, options)}, QStringLiteral("roster"));
    // A landscape page holds 16 rows of two lines (an organisation and its Party group).
    const int n = int(rows.size());
    CHECK(pdfPageCount(path) <= (n + 15) / 16 + 1);
    const QString text = pdfText(path);
    checkWhole(text, {QStringLiteral("初中及以下"), QStringLiteral("流动党员（流出）"),
                      QStringLiteral("流动党员（流入）"), QStringLiteral("大学本科")});
}

TEST_CASE("The member statistics follow each other: seven tables on three pages", "[export][pdf][pages]")
{
    InChinese chinese;
    Community c;
    const MemberStatistics statistics(c.temp.workspace().members().roster(), c.organisations, 0,
                                      QDate(2026, 11, 15));
    QTemporaryDir dir;
    const QString path =
        printedPdf(dir, statistics.printedReports(QStringLiteral("和平社区")), QStringLiteral("statistics"));
    CHECK(pdfPageCount(path) <= 3);
    const QString text = pdfText(path);
    for (MemberStatistics::Dimension d : MemberStatistics::dimensions())
        CHECK(text.contains(MemberStatistics::title(d)));
    checkWhole(text, {QStringLiteral("研究生"), QStringLiteral("初中及以下"), QStringLiteral("流动党员")});
}

TEST_CASE("A branch's dues sheets: the month on one page, the year's ledger and totals on few",
          "[export][pdf][pages][dues]")
{
    InChinese chinese;
    Community c;
    const qint64 branch = c.largestBranch();
    DuesService dues(c.temp.workspace());
    const QList<DuesMemberYear> rows = dues.ledger().year(c.branchScope(branch), 2026);
    REQUIRE(rows.size() >= 30);
    QTemporaryDir dir;
    const QString month =
        printedPdf(dir, {duesCollectionSheet(rows, c.names.value(branch), QDate(2026, 10, 1))},
                   QStringLiteral("dues-month"));
    // 30-odd members, the totals and the lines to sign: one page, two at most.
    CHECK(pdfPageCount(month) <= 2);
    checkWhole(pdfText(month), {rows.first().name, QStringLiteral("合计")});

    qint64 committee = 0;
    for (const Organisation& org : c.organisations)
        if (org.id == branch)
            committee = org.parentId;
    const QList<BranchDuesTotals> totals = dues.ledger().branchTotals(c.organisations, committee, 2026);
    const QString year = printedPdf(dir,
                                    {duesYearLedger(rows, c.names.value(branch), 2026),
                                     duesBranchTotals(totals, c.names, c.names.value(committee), 2026)},
                                    QStringLiteral("dues-year"));
    CHECK(pdfPageCount(year) <= 3);
    checkWhole(pdfText(year), {rows.first().name, c.names.value(branch)});
}

TEST_CASE("A branch's appraisal results fit on a page or two", "[export][pdf][pages][appraisal]")
{
    InChinese chinese;
    Community c;
    Appraisal appraisal(c.temp.workspace());
    qint64 branch = 0;
    std::optional<AppraisalSession> session;
    qsizetype most = -1;
    for (const Organisation& org : c.organisations)
        if (const std::optional<AppraisalSession> s = appraisal.repository().session(org.id, 2025)) {
            const qsizetype rows = appraisal.repository().rows(s->id).size();
            if (rows > most) {
                most = rows;
                branch = org.id;
                session = s;
            }
        }
    REQUIRE(session);
    const QList<AppraisalRow> rows = appraisal.repository().rows(session->id);
    REQUIRE(rows.size() >= 30);
    QTemporaryDir dir;
    const QString path = printedPdf(dir, {appraisalResultTable(*session, rows, c.names.value(branch))},
                                    QStringLiteral("appraisal"));
    CHECK(pdfPageCount(path) <= (int(rows.size()) + 29) / 30);
    checkWhole(pdfText(path), {QStringLiteral("基本合格"), c.names.value(branch)});
}

TEST_CASE("The development ledger and the probations due print on few pages", "[export][pdf][pages]")
{
    InChinese chinese;
    Community c;
    const DevelopmentService development = developmentService(c.temp.workspace());
    const QList<PipelineEntry> entries = development.repository().pipeline(0);
    REQUIRE(entries.size() >= 20);
    const QDate today(2026, 11, 15);
    QTemporaryDir dir;
    const QString path = printedPdf(
        dir,
        {pipelineReport(entries, c.names, today, QStringLiteral("和平社区")),
         probationReport(probationsDue(entries, today), c.names, today, QStringLiteral("和平社区"))},
        QStringLiteral("development"));
    CHECK(pdfPageCount(path) <= (int(entries.size()) + 14) / 15 + 1);
    checkWhole(pdfText(path), {QStringLiteral("入党积极分子"), QStringLiteral("发展对象")});
}

TEST_CASE("The transfer register prints a row per transfer", "[export][pdf][pages]")
{
    InChinese chinese;
    Community c;
    const TransferService transfers = transferService(c.temp.workspace());
    const QList<Transfer> rows = transfers.transfers().list();
    REQUIRE(rows.size() >= 4);
    QTemporaryDir dir;
    const QString path = printedPdf(dir,
                                    {transferReport(rows, c.names, QStringLiteral("和平社区"),
                                                    QStringLiteral("全部"), QDate(2026, 11, 15))},
                                    QStringLiteral("transfers"));
    CHECK(pdfPageCount(path) <= (int(rows.size()) + 19) / 20);
    checkWhole(pdfText(path), {QStringLiteral("和平社区")});
}
