// The dues page: the ledger's models, and a clerk recording a payment by typing and clicking.
#include "dues/DuesLedgerModel.h"
#include "dues/DuesPage.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "TestSupport.h"
#include "unit/test_dues_support.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("The dues ledger of the demo: members × months, arrears in red with a reason, branch totals",
          "[gui][dues]")
{
    TempWorkspace temp(true);
    OrganisationTreeModel tree;
    tree.setOrganisations(temp.workspace().organisations().all());
    DuesPage page(temp.workspace(), tree);
    page.show(); // a hidden page reads only when shown
    QAbstractItemModelTester ledgerTester(page.ledger(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester totalsTester(page.totals(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganisation(0);
    const int everyone = page.ledger()->rowCount();
    REQUIRE(everyone > 200);
    CHECK(page.totals()->rowCount() >= 8);

    page.showArrears();
    const int behind = page.ledger()->rowCount();
    CHECK(behind > 0);
    CHECK(behind < everyone / 4);
    int red = 0;
    for (int row = 0; row < behind; ++row) {
        const QModelIndex name = page.ledger()->index(row, DuesLedgerModel::NameColumn);
        CHECK(page.ledger()->memberAt(row)->unpaidMonths > 0);
        if (page.ledger()->memberAt(row)->inRed()) {
            ++red;
            CHECK(name.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc0, 0x00, 0x00));
            CHECK(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("six months")));
        }
    }
    CHECK(red >= 1);
    CHECK(child<QLabel>(&page, "summary")->text().contains(QString::number(behind)));

    // A branch: fewer members, its own totals row.
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    page.setOrganisation(branch);
    CHECK(page.ledger()->rowCount() < behind + 1);
    CHECK(page.totals()->rowCount() == 1);
}

TEST_CASE("A clerk records October's dues by typing and clicking; the arrears cell clears", "[gui][dues]")
{
    TempWorkspace temp; // 2026-11-15
    QSqlDatabase db = temp.db();
    const qint64 street =
        addDuesOrganisation(db, QStringLiteral("街道党工委"), QStringLiteral("street_committee"), 0);
    const qint64 branch =
        addDuesOrganisation(db, QStringLiteral("第一支部"), QStringLiteral("branch"), street);
    const qint64 member = addDuesMember(db, QStringLiteral("王建国"), branch, QDate(2020, 1, 1));
    OrganisationTreeModel tree;
    tree.setOrganisations(temp.workspace().organisations().all());
    DuesPage page(temp.workspace(), tree);
    REQUIRE(page.service().setBase(member, QDate(2026, 9, 1), DuesBasis::InWork, 823450).ok()); // 123.52
    page.setOrganisation(branch);
    page.show();
    REQUIRE(page.ledger()->rowCount() == 1);
    const QModelIndex october = page.ledger()->index(0, DuesLedgerModel::FirstMonthColumn + 9);
    CHECK(october.data(DuesLedgerModel::UnpaidPastRole).toBool());
    CHECK(october.data().toString() == QStringLiteral("123.52"));
    CHECK(october.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not paid")));

    auto* view = child<QTableView>(&page, "ledgerView");
    view->scrollTo(october);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(october).center());
    REQUIRE(view->currentIndex() == october);
    onModalDialog(
        [](QWidget* dialog) {
            auto* months = child<QListWidget>(dialog, "months");
            REQUIRE(months->count() == 3); // September to November
            CHECK(child<QLineEdit>(dialog, "amount")->text() == QStringLiteral("123.52"));
            typeInto(dialog, "paidOn", QStringLiteral("2026-11-02"));
            typeInto(dialog, "receiptNo", QStringLiteral("DF-0042"));
            choose(dialog, "method", QStringLiteral("WeChat Pay"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        "partydesk::DuesPaymentDialog");
    QTest::mouseClick(child<QPushButton>(&page, "payButton"), Qt::LeftButton);

    const QModelIndex paid = page.ledger()->index(0, DuesLedgerModel::FirstMonthColumn + 9);
    CHECK_FALSE(paid.data(DuesLedgerModel::UnpaidPastRole).toBool());
    CHECK(paid.data(Qt::ToolTipRole).toString().contains(QStringLiteral("DF-0042")));
    const DuesMemberYear* row = page.ledger()->memberAt(0);
    REQUIRE(row);
    REQUIRE(row->paid[9].has_value());
    CHECK(row->paid[9]->amount == 12352);
    CHECK(row->paid[9]->method == PaymentMethod::WeChat);
    CHECK(row->paid[9]->paidOn == QDate(2026, 11, 2));
    CHECK(row->unpaidMonths == 2); // September and November
    CHECK(page.ledger()
              ->index(0, DuesLedgerModel::FirstMonthColumn + 8)
              .data(DuesLedgerModel::UnpaidPastRole)
              .toBool());
}
