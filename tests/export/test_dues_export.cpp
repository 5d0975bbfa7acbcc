// The year's ledger read back by LibreOffice, the collection sheet by pdftotext: amounts in yuan with
// two decimals, exact from fen, and Chinese names intact.
#include "dues/DuesReports.h"
#include "dues/DuesService.h"
#include "ExternalReaders.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"
#include "unit/test_dues_support.h"

#include <catch2/catch.hpp>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

struct Branch
{
    TempWorkspace temp; // 2026-11-15
    DuesService dues{temp.workspace()};
    qint64 branch = 0;
    qint64 worker = 0;
    qint64 retired = 0;

    Branch()
    {
        const qint64 street = addDuesOrganisation(temp.db(), QStringLiteral("街道党工委"),
                                                  QStringLiteral("street_committee"), 0);
        branch = addDuesOrganisation(temp.db(), QStringLiteral("第一网格党支部"), QStringLiteral("branch"),
                                     street);
        worker = addDuesMember(temp.db(), QStringLiteral("王建国"), branch, QDate(2020, 1, 1));
        retired = addDuesMember(temp.db(), QStringLiteral("李秀英"), branch, QDate(2020, 1, 1));
        REQUIRE(dues.setBase(worker, QDate(2026, 1, 1), DuesBasis::InWork, 823450).ok());   // 123.52
        REQUIRE(dues.setBase(retired, QDate(2026, 1, 1), DuesBasis::Retired, 420000).ok()); // 21.00
        for (int month = 1; month <= 10; ++month)
            REQUIRE(dues.recordPayment(worker, {QDate(2026, month, 1), -1, QDate(2026, month, 10),
                                                PaymentMethod::Cash, QStringLiteral("R%1").arg(month)})
                        .ok());
        REQUIRE(dues.recordPayment(retired, {QDate(2026, 10, 1), 1050, QDate(2026, 10, 12),
                                             PaymentMethod::Cash, QStringLiteral("R99")})
                    .ok());
    }
};

} // namespace

TEST_CASE("The year's dues ledger in Excel, as LibreOffice reads it", "[dues][export]")
{
    Branch b;
    const QList<DuesMemberYear> rows = b.dues.ledger().year({b.branch}, 2026);
    REQUIRE(rows.size() == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dues.xlsx"));
    REQUIRE(writeXlsx({duesYearLedger(rows, QStringLiteral("第一网格党支部"), 2026)}, path).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.size() == 1);
    const Sheet sheet = sheets.first();
    // Find the members' rows by name.
    const QList<SheetCell>* worker = nullptr;
    const QList<SheetCell>* retired = nullptr;
    const QList<SheetCell>* total = nullptr;
    for (const QList<SheetCell>& row : sheet) {
        if (row.isEmpty())
            continue;
        if (row.first().text == QStringLiteral("王建国"))
            worker = &row;
        if (row.first().text == QStringLiteral("李秀英"))
            retired = &row;
        if (row.first().text == QStringLiteral("Total"))
            total = &row;
    }
    REQUIRE(worker);
    REQUIRE(retired);
    REQUIRE(total);
    REQUIRE(worker->size() >= 17);
    CHECK(worker->at(1).text == QStringLiteral("123.52"));
    CHECK(worker->at(11).text == QStringLiteral("owed 123.52")); // November
    CHECK(worker->at(12).text.isEmpty());                        // December: not yet owed
    CHECK(worker->at(13).text == QStringLiteral("1358.72"));     // 11 × 123.52
    CHECK(worker->at(14).text == QStringLiteral("1235.20"));
    CHECK(worker->at(15).text == QStringLiteral("123.52"));
    CHECK(worker->at(16).text == QStringLiteral("1"));
    CHECK(retired->at(10).text == QStringLiteral("10.50")); // October, partly paid
    CHECK(retired->at(16).text == QStringLiteral("10"));
    CHECK(total->at(14).text == QStringLiteral("1245.70"));
}

TEST_CASE("The collection sheet of a month in PDF: names, bases, dues and payments with two decimals",
          "[dues][export]")
{
    Branch b;
    const QList<DuesMemberYear> rows = b.dues.ledger().year({b.branch}, 2026);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(writePdf({duesCollectionSheet(rows, QStringLiteral("第一网格党支部"), QDate(2026, 10, 1))}, pdf,
                     QStringLiteral("test"))
                .isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("第一网格党支部")));
    CHECK(text.contains(QStringLiteral("王建国")));
    CHECK(text.contains(QStringLiteral("李秀英")));
    CHECK(text.contains(QStringLiteral("8234.50"))); // the calculation base
    CHECK(text.contains(QStringLiteral("123.52")));
    CHECK(text.contains(QStringLiteral("21.00")));
    CHECK(text.contains(QStringLiteral("10.50")));
    CHECK(text.contains(QStringLiteral("144.52"))); // total dues
    CHECK(text.contains(QStringLiteral("134.02"))); // total paid
    CHECK(text.contains(QStringLiteral("R99")));
}
