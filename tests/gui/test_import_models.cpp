#include "import/ImportHistoryModel.h"
#include "import/ImportMappingModel.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>

using namespace partydesk;
using namespace partydesk::test;

namespace {
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

TEST_CASE("The import models satisfy Qt's model tester through filters, mappings and resets",
          "[importui][models]")
{
    auto plan = std::make_shared<ImportPlan>();
    for (int i = 0; i < 5; ++i) {
        ImportRow row;
        row.sheetRow = i + 3;
        row.member.name = QStringLiteral("党员%1").arg(i);
        row.member.idNumber = validIdNumber(QDate(1980, 1, 1 + i), i % 2, i + 1);
        row.member.orgId = 7;
        row.action = i == 4 ? ImportRow::Action::Refused : ImportRow::Action::Add;
        if (i == 4) {
            row.problems << QStringLiteral("身份证号码校验位不对。") << QStringLiteral("No such branch.");
            row.member.orgId = 0;
        }
        if (i == 1)
            row.notes << QStringLiteral("出生年月只有年月");
        plan->rows.push_back(row);
    }
    ImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, fatal);
    preview.setPlan(plan, {{7, QStringLiteral("第一党支部")}});
    CHECK(preview.rowCount() == 5);
    preview.setFilter(ImportPreviewModel::Filter::Refused);
    REQUIRE(preview.rowCount() == 1);
    CHECK(preview.index(0, ImportPreviewModel::DetailsColumn).data().toString() ==
          QStringLiteral("身份证号码校验位不对。No such branch."));
    CHECK(preview.index(0, ImportPreviewModel::BranchColumn).data().toString().isEmpty());
    preview.setFilter(ImportPreviewModel::Filter::WithNotes);
    REQUIRE(preview.rowCount() == 1);
    CHECK(preview.index(0, ImportPreviewModel::RowColumn).data().toInt() == 4);
    preview.setPlan(nullptr, {});
    CHECK(preview.rowCount() == 0);

    ImportMappingModel mapping;
    QAbstractItemModelTester mappingTester(&mapping, fatal);
    QList<ImportColumn> columns;
    columns << ImportColumn{0, QStringLiteral("姓名"), RosterField::Name, false}
            << ImportColumn{27, QStringLiteral("微信"), RosterField::Unknown, false};
    TableRow header;
    header.number = 1;
    TableRow first;
    first.number = 2;
    first.cells.resize(28);
    first.cells[0] = {TableCell::Type::Text, QStringLiteral("张三"), 0};
    first.cells[27] = {TableCell::Type::Text, QStringLiteral("zs1960"), 0};
    mapping.setColumns(columns, {header, first}, 1);
    CHECK(mapping.index(1, ImportMappingModel::LetterColumn).data().toString() == QStringLiteral("AB"));
    CHECK(mapping.index(1, ImportMappingModel::ExamplesColumn).data().toString() == QStringLiteral("zs1960"));
    QString chosenHeader;
    QObject::connect(&mapping, &ImportMappingModel::fieldChosen,
                     [&](const QString& h, RosterField) { chosenHeader = h; });
    const QModelIndex readAs = mapping.index(1, ImportMappingModel::ReadAsColumn);
    CHECK_FALSE(mapping.setData(readAs, int(RosterField::Unknown))); // not a choice
    CHECK(mapping.setData(readAs, int(RosterField::Ignore)));
    CHECK(chosenHeader == QStringLiteral("微信"));
    CHECK(mapping.unknownCount() == 0);
    CHECK_FALSE(mapping.setData(mapping.index(1, ImportMappingModel::HeaderColumn), int(RosterField::Phone)));

    ImportHistoryModel history;
    QAbstractItemModelTester historyTester(&history, fatal);
    ImportBatch batch;
    batch.id = 4;
    batch.fileName = QStringLiteral("花名册.xlsx");
    batch.added = 12;
    history.setBatches({batch});
    CHECK(history.index(0, ImportHistoryModel::StateColumn).data().toString() == QStringLiteral("In force"));
    batch.undoneAt = QStringLiteral("2026-11-20 10:00");
    history.setBatches({batch, batch});
    CHECK(history.rowCount() == 2);
    CHECK(history.index(0, 0).data(ImportHistoryModel::BatchIdRole).toLongLong() == 4);
    CHECK(history.index(1, ImportHistoryModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Undone")));
}
