#include "cogovernance/FundReport.h"
#include "cogovernance/FundService.h"
#include "ExternalReaders.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A demo community with nothing in its fund in 2024 (the demo's fund starts in 2025).
struct Fund
{
    TempWorkspace ws{true};
    FundService fund{ws.workspace()};
    qint64 committee = ws.firstOrganisation(OrgType::BigCommittee);

    Fund()
    {
        if (!committee)
            committee = ws.firstOrganisation(OrgType::CommunityCommittee);
        REQUIRE(committee != 0);
    }

    qint64 project(const QString& title, Fen approved, QDate on = QDate(2024, 3, 1),
                   const QString& category = QStringLiteral("环境整治"))
    {
        FundProjectRecord p;
        p.committeeId = committee;
        p.title = title;
        p.category = category;
        p.approvedOn = on;
        p.approvedBy = QStringLiteral("社区党委会");
        p.approved = approved;
        const ServiceResult r = fund.saveProject(p);
        REQUIRE(r.ok());
        return r.id;
    }

    ServiceResult spend(qint64 projectId, Fen amount, QDate on = QDate(2024, 4, 10))
    {
        FundSpendingRecord s;
        s.projectId = projectId;
        s.spentOn = on;
        s.amount = amount;
        s.purpose = QStringLiteral("购买材料");
        s.payee = QStringLiteral("五金店");
        s.receiptNo = QStringLiteral("R-%1").arg(amount);
        return fund.saveSpending(s);
    }
};

} // namespace

TEST_CASE("Approving more than the year's uncommitted budget is refused with the figures", "[fund]")
{
    Fund f;
    REQUIRE(f.fund.setBudget(f.committee, 2024, 50000000).ok()); // 500,000.00 yuan
    f.project(QStringLiteral("楼道整治"), 30000000);
    FundProjectRecord p;
    p.committeeId = f.committee;
    p.title = QStringLiteral("健身器材");
    p.approvedOn = QDate(2024, 5, 1);
    p.approved = 20000001; // 200,000.01: one fen more than is left
    const ServiceResult refused = f.fund.saveProject(p);
    REQUIRE(refused.kind == ServiceResult::Kind::Invalid);
    CHECK(refused.field == QStringLiteral("approved"));
    CHECK(refused.message.contains(QStringLiteral("200000.01")));
    CHECK(refused.message.contains(QStringLiteral("500000.00")));
    CHECK(refused.message.contains(QStringLiteral("300000.00")));
    CHECK(refused.message.contains(QStringLiteral("200000.00")));
    p.approved = 20000000; // exactly what is left
    CHECK(f.fund.saveProject(p).ok());
    CHECK(f.fund.year(f.committee, 2024).figures.uncommitted == 0);
    // Nor can the budget drop below what is committed.
    CHECK(f.fund.setBudget(f.committee, 2024, 49999999).field == QStringLiteral("budget"));
    CHECK(f.ws.workspace().audit().count(QStringLiteral("fund.project_add")) == 2);
}

TEST_CASE("Spending beyond a project's approved amount is refused; a cancelled project takes none", "[fund]")
{
    Fund f;
    REQUIRE(f.fund.setBudget(f.committee, 2024, 50000000).ok());
    const qint64 id = f.project(QStringLiteral("重阳节慰问"), 100000); // 1,000.00
    REQUIRE(f.spend(id, 60000).ok());
    const ServiceResult over = f.spend(id, 40001);
    REQUIRE(over.kind == ServiceResult::Kind::Invalid);
    CHECK(over.field == QStringLiteral("amount"));
    CHECK(over.message.contains(QStringLiteral("400.01")));
    CHECK(over.message.contains(QStringLiteral("1000.00")));
    CHECK(over.message.contains(QStringLiteral("600.00")));
    CHECK(over.message.contains(QStringLiteral("400.00")));
    CHECK(f.spend(id, 40000).ok());
    // Before the approval, and in the future (the clock says 2026-11-15), refused.
    CHECK(f.spend(id, 1, QDate(2024, 2, 28)).field == QStringLiteral("spentOn"));

    const qint64 cancelled = f.project(QStringLiteral("取消的项目"), 500000);
    REQUIRE(f.spend(cancelled, 10000).ok());
    FundProjectRecord p = f.fund.project(cancelled);
    p.status = QStringLiteral("cancelled");
    REQUIRE(f.fund.saveProject(p).ok());
    CHECK(f.spend(cancelled, 100).kind == ServiceResult::Kind::Refused);
    // A cancelled project commits only what was spent on it: 1,000.00 + 100.00 of 500,000.00.
    CHECK(f.fund.year(f.committee, 2024).figures.uncommitted == 50000000 - 100000 - 10000);
    // A project with spending is cancelled, not deleted.
    CHECK(f.fund.deleteProject(id).kind == ServiceResult::Kind::Refused);
}

TEST_CASE("Spending dated in the future is refused", "[fund]")
{
    Fund f;
    REQUIRE(f.fund.setBudget(f.committee, 2024, 100000).ok());
    const qint64 id = f.project(QStringLiteral("测试"), 100);
    CHECK(f.spend(id, 1, QDate(2026, 11, 16)).field == QStringLiteral("spentOn")); // the clock: 2026-11-15
    CHECK(f.spend(id, 1, QDate(2026, 11, 15)).ok());
}

TEST_CASE("The execution rate is exact to a tenth of a percent from fen", "[fund]")
{
    CHECK(executionRateText(0, 0) == QStringLiteral("—"));
    CHECK(executionRateText(30, 50000000) == QStringLiteral("0.0%"));
    CHECK(executionRateText(18750000, 50000000) == QStringLiteral("37.5%"));
    CHECK(executionRateText(1, 2000) == QStringLiteral("0.1%")); // 0.05 % rounds half up
    CHECK(executionRateText(2, 3) == QStringLiteral("66.7%"));
    CHECK(executionRateText(50000000, 50000000) == QStringLiteral("100.0%"));
}

TEST_CASE("The evaluation keeps scores in tenths and no more satisfied residents than were asked", "[fund]")
{
    Fund f;
    FundEvaluation e;
    e.reviewScoreTenths = 925;
    CHECK(f.fund.saveEvaluation(f.committee, 2024, e).kind == ServiceResult::Kind::Refused); // no budget yet
    REQUIRE(f.fund.setBudget(f.committee, 2024, 20000000).ok());
    e.surveyed = 100;
    e.satisfied = 101;
    CHECK(f.fund.saveEvaluation(f.committee, 2024, e).field == QStringLiteral("satisfied"));
    e.satisfied = 96;
    e.grade = QStringLiteral("excellent");
    e.evaluatedOn = QDate(2025, 1, 20);
    REQUIRE(f.fund.saveEvaluation(f.committee, 2024, e).ok());
    const FundEvaluation read = f.fund.year(f.committee, 2024).evaluation;
    CHECK(read.reviewScoreTenths == 925);
    CHECK(read.selfScoreTenths == -1);
    CHECK(read.satisfied == 96);
    CHECK(f.ws.workspace().audit().count(QStringLiteral("fund.evaluation")) == 1);
}

TEST_CASE("The yearly fund report in .xlsx and PDF: figures to the fen, amounts as numbers", "[fund][export]")
{
    Fund f;
    REQUIRE(f.fund.setBudget(f.committee, 2024, 50000000).ok());
    const qint64 a =
        f.project(QStringLiteral("楼道整治"), 1000, QDate(2024, 3, 1), QStringLiteral("环境整治"));
    REQUIRE(f.spend(a, 10, QDate(2024, 3, 5)).ok());
    REQUIRE(f.spend(a, 20, QDate(2024, 7, 5)).ok());
    const qint64 b =
        f.project(QStringLiteral("重阳节慰问"), 12345600, QDate(2024, 9, 1), QStringLiteral("帮困救助"));
    REQUIRE(f.spend(b, 12345600, QDate(2024, 10, 9)).ok());

    const FundYearFacts facts = fundFacts(f.ws.db(), {f.committee}, 2024);
    CHECK(facts.spent == 12345630);
    CHECK(facts.balance == 50000000 - 12345630);
    CHECK(facts.unspentAtMonthEnd[2] == 49999990);
    CHECK(facts.unspentAtMonthEnd[11] == 37654370);

    const QList<TableReport> reports = fundYearReport(f.fund, f.committee, 2024, QStringLiteral("测试社区"));
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("fund.xlsx"));
    REQUIRE(writeXlsx(reports, xlsx).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(xlsx);
    REQUIRE(sheets.size() == 3);
    // Find the cell beside a label on a sheet.
    const auto beside = [](const Sheet& sheet, const QString& label, int offset = 1) -> SheetCell {
        for (const auto& row : sheet)
            for (int c = 0; c + offset < row.size(); ++c)
                if (row[c].text == label)
                    return row[c + offset];
        return {};
    };
    CHECK(sheetOrder(xlsx) ==
          QStringList{QStringLiteral("Summary"), QStringLiteral("Projects"), QStringLiteral("Spending")});
    const Sheet summary = sheets.value(QStringLiteral("Summary"));
    CHECK(beside(summary, QStringLiteral("Budget")).type == QStringLiteral("float"));
    CHECK(beside(summary, QStringLiteral("Budget")).value == QStringLiteral("500000"));
    CHECK(beside(summary, QStringLiteral("Spent")).value == QStringLiteral("123456.3"));
    CHECK(beside(summary, QStringLiteral("Balance")).value == QStringLiteral("376543.7"));
    CHECK(beside(summary, QStringLiteral("Execution rate (spent / budget)")).text == QStringLiteral("24.7%"));
    CHECK(beside(summary, QStringLiteral("环境整治")).value == QStringLiteral("0.3"));
    CHECK(beside(summary, QStringLiteral("环境整治")).text == QStringLiteral("0.30"));
    CHECK(beside(summary, QStringLiteral("Month 3")).value == QStringLiteral("0.1"));
    CHECK(beside(summary, QStringLiteral("Month 3"), 2).value == QStringLiteral("499999.9"));
    const Sheet projects = sheets.value(QStringLiteral("Projects"));
    CHECK(beside(projects, QStringLiteral("楼道整治"), 6).value == QStringLiteral("9.7")); // remaining
    const Sheet spending = sheets.value(QStringLiteral("Spending"));
    CHECK(beside(spending, QStringLiteral("Total"), 3).value == QStringLiteral("123456.3"));

    const QString pdf = dir.filePath(QStringLiteral("fund.pdf"));
    REQUIRE(writePdf(reports, pdf, QStringLiteral("test")).isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("测试社区")));
    CHECK(text.contains(QStringLiteral("500000.00")));
    CHECK(text.contains(QStringLiteral("123456.30")));
    CHECK(text.contains(QStringLiteral("376543.70")));
    CHECK(text.contains(QStringLiteral("0.30")));
    CHECK(text.contains(QStringLiteral("24.7%")));
    CHECK(text.contains(QStringLiteral("R-10")));
}
