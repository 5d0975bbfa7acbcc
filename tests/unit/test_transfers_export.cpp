// The register of transfers as a workbook, read back by LibreOffice.
#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"
#include "transfers/TransferReport.h"
#include "transfers/TransferService.h"

#include <catch2/catch.hpp>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("The transfers register reads back in LibreOffice: real dates, letter numbers as text, receipts",
          "[transfers][export][xlsx]")
{
    TempWorkspace temp(true); // the demo's seven transfers, today 2026-11-15
    Workspace& ws = temp.workspace();
    const TransferService service = transferService(ws);
    const QList<Transfer> transfers = service.transfers().list();
    REQUIRE(transfers.size() == 7);
    const QHash<qint64, QString> names = organisationDisplayNames(ws.organisations().all());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("组织关系转接.xlsx"));
    REQUIRE(writeXlsx({transferReport(transfers, names, QStringLiteral("东风街道党工委"),
                                      QStringLiteral("All"), QDate(2026, 11, 15))},
                      path)
                .isEmpty());

    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.contains(QStringLiteral("Transfers")));
    const Sheet& sheet = sheets[QStringLiteral("Transfers")];
    CHECK(sheet.at(0).at(0).text == QStringLiteral("Transfers of membership"));
    CHECK(sheet.at(1).at(0).text.contains(QStringLiteral("2026-11-15")));
    CHECK(sheet.at(2).at(0).text == QStringLiteral("Date"));
    CHECK(sheet.at(2).at(6).text == QStringLiteral("Receipt"));
    REQUIRE(sheet.size() == 3 + 7);
    int noReceipt = 0, receipts = 0;
    for (int row = 0; row < 7; ++row) {
        const Transfer& t = transfers[row];
        const QList<SheetCell>& cells = sheet.at(3 + row);
        INFO("row " << row);
        CHECK(cells.at(0).type == QStringLiteral("date"));
        CHECK(cells.at(0).value.startsWith(t.date.toString(Qt::ISODate)));
        CHECK(cells.at(1).text == t.memberName);
        if (!t.letterNo.isEmpty()) {
            CHECK(cells.at(5).type == QStringLiteral("string")); // "2026-017" stays text, not a date
            CHECK(cells.at(5).text == t.letterNo);
        }
        if (t.direction == TransferDirection::Out) {
            CHECK(cells.at(4).text == t.counterpart);
            CHECK(cells.at(3).text == names.value(t.fromOrgId));
            noReceipt += cells.at(6).text == QStringLiteral("No receipt");
            receipts += cells.at(6).text == t.receiptOn.toString(Qt::ISODate) && t.receiptOn.isValid();
        } else if (t.direction == TransferDirection::In) {
            CHECK(cells.at(3).text == t.counterpart);
            CHECK(cells.at(4).text == names.value(t.toOrgId));
        }
    }
    CHECK(noReceipt == 2); // one overdue, one recent
    CHECK(receipts == 2);
}
