// The service fund page: a secretary sets the year's budget, approves a project and records spending
// by typing and clicking, and sees the balance change; the demo's year in the models.
#include "cogovernance/fund/FundModels.h"
#include "cogovernance/fund/FundPage.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

qint64 communityOf(TempWorkspace& temp)
{
    const qint64 big = temp.firstOrganisation(OrgType::BigCommittee);
    return big ? big : temp.firstOrganisation(OrgType::CommunityCommittee);
}

void save(QWidget* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

TEST_CASE("Setting a budget, approving a project and spending on it changes the balance", "[gui][fund]")
{
    TempWorkspace temp(true);
    OrganisationTreeModel tree;
    tree.setOrganisations(temp.workspace().organisations().all());
    FundPage page(temp.workspace(), tree);
    page.show();
    page.setOrganisation(communityOf(temp));
    QTableView* projects = child<QTableView>(&page, "projects");
    QAbstractItemModelTester projectsTester(projects->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester spendingTester(child<QTableView>(&page, "spending")->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo's year has projects.
    CHECK(projects->model()->rowCount() >= 8);

    child<QSpinBox>(&page, "year")->setValue(2024); // nothing in the fund that year
    REQUIRE(projects->model()->rowCount() == 0);
    typeInto(&page, "budget", QStringLiteral("500000"));
    QTest::mouseClick(child<QPushButton>(&page, "setBudget"), Qt::LeftButton);
    QLabel* figures = child<QLabel>(&page, "figures");
    CHECK(figures->text().contains(QStringLiteral("Budget 500000.00")));
    CHECK(figures->text().contains(QStringLiteral("balance 500000.00")));

    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "title", QStringLiteral("楼道整治"));
        typeInto(dialog, "approvedOn", QStringLiteral("2024-03-01"));
        typeInto(dialog, "approved", QStringLiteral("1000"));
        save(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newProject"), Qt::LeftButton);
    REQUIRE(projects->model()->rowCount() == 1);
    CHECK(figures->text().contains(QStringLiteral("uncommitted 499000.00")));

    projects->selectRow(0);
    // First more than approved: refused in the dialog with the figures, then two small amounts.
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "spentOn", QStringLiteral("2024-03-05"));
        typeInto(dialog, "amount", QStringLiteral("1000.01"));
        typeInto(dialog, "purpose", QStringLiteral("购买涂料"));
        save(dialog);
        CHECK(dialog->isVisible());
        typeInto(dialog, "amount", QStringLiteral("0.10"));
        save(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addSpending"), Qt::LeftButton);
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "spentOn", QStringLiteral("2024-04-05"));
        typeInto(dialog, "amount", QStringLiteral("0.20"));
        typeInto(dialog, "purpose", QStringLiteral("购买刷子"));
        save(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "addSpending"), Qt::LeftButton);
    CHECK(child<QTableView>(&page, "spending")->model()->rowCount() == 2);
    CHECK(figures->text().contains(QStringLiteral("spent 0.30")));
    CHECK(figures->text().contains(QStringLiteral("balance 499999.70")));
    CHECK(projects->model()->index(0, FundProjectsModel::Remaining).data().toString() ==
          QStringLiteral("999.70"));
}

TEST_CASE("Above community level the fund page shows each community's totals, read-only", "[gui][fund]")
{
    TempWorkspace temp(true);
    OrganisationTreeModel tree;
    tree.setOrganisations(temp.workspace().organisations().all());
    FundPage page(temp.workspace(), tree);
    page.show();
    page.setOrganisation(0);
    QTableView* totals = child<QTableView>(&page, "totals");
    QAbstractItemModelTester tester(totals->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(totals->model()->rowCount() >= 1);
    CHECK_FALSE(child<QPushButton>(&page, "newProject")->isEnabled());
    CHECK(child<QPushButton>(&page, "newProject")->toolTip().contains(QStringLiteral("community")));
}
