#include "cogovernance/CommitteeScope.h"
#include "cogovernance/wishes/WishesPage.h"
#include "cogovernance/wishes/WishListModel.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

MicroWish shownWish(WishesPage& page, const QString& text)
{
    for (int row = 0; row < page.wishes()->rowCount(); ++row)
        if (page.wishes()->wishAt(row).wish == text)
            return page.wishes()->wishAt(row);
    return {};
}

} // namespace

TEST_CASE(
    "A clerk records a micro-wish, publishes it, has a member claim it and fulfils it by typing and clicking",
    "[gui][wishes]")
{
    TempWorkspace temp(true);
    Workspace& w = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(w.organisations().all());
    WishesPage page(w, tree);
    QAbstractItemModelTester listTester(page.wishes(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester countsTester(page.counts(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganisation(0);
    page.show();
    CHECK(page.minimumSizeHint().width() <= 996); // beside the tree at 1366×768
    // Above community level: every wish, read only, and "new" says why it is off.
    REQUIRE(page.wishes()->rowCount() > 20);
    auto* add = child<QPushButton>(&page, "newWish");
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip().contains(QStringLiteral("community")));

    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(
        QStringLiteral("SELECT m.name FROM member m WHERE m.org_id IN (SELECT id FROM organisation WHERE "
                       "id = %1 OR parent_id = %1) AND m.left_on IS NULL AND m.status = 'full' ORDER BY "
                       "m.id LIMIT 1")
            .arg(branch)));
    REQUIRE(q.next());
    const QString member = q.value(0).toString();
    page.setOrganisation(branch);
    REQUIRE(add->isEnabled());

    onModalDialog(
        [](QWidget* dialog) {
            typeInto(dialog, "resident", QStringLiteral("赵桂兰"));
            typeInto(dialog, "contact", QStringLiteral("13900001111"));
            typeInto(dialog, "wish", QStringLiteral("测试：帮忙修好收音机"));
            typeInto(dialog, "cost", QStringLiteral("35.5"));
            typeInto(dialog, "wishedOn", QStringLiteral("2026-11-03"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        },
        "partydesk::WishForm");
    QTest::mouseClick(add, Qt::LeftButton);
    MicroWish wish = shownWish(page, QStringLiteral("测试：帮忙修好收音机"));
    REQUIRE(wish.id > 0);
    CHECK(wish.orgId == branch);
    CHECK(wish.estimatedCost == 3550);
    CHECK(wish.stage() == WishStage::Recorded);
    page.showRecord(wish.id);

    // Published on a day before the wish: refused and the dialog stays open; then a good day.
    onModalDialog(
        [](QWidget* dialog) {
            typeInto(dialog, "date", QStringLiteral("2026-11-01"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            typeInto(dialog, "date", QStringLiteral("2026-11-04"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        },
        "partydesk::WishStepDialog");
    QTest::mouseClick(child<QPushButton>(&page, "publish"), Qt::LeftButton);
    CHECK(shownWish(page, QStringLiteral("测试：帮忙修好收音机")).publishedOn == QDate(2026, 11, 4));

    onModalDialog(
        [member](QWidget* dialog) {
            typeInto(dialog, "memberSearch", member);
            choose(dialog, "member", member);
            typeInto(dialog, "date", QStringLiteral("2026-11-05"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        },
        "partydesk::WishStepDialog");
    QTest::mouseClick(child<QPushButton>(&page, "claim"), Qt::LeftButton);
    wish = shownWish(page, QStringLiteral("测试：帮忙修好收音机"));
    CHECK(wish.stage() == WishStage::Claimed);
    CHECK(wish.claimerName == member);

    onModalDialog(
        [](QWidget* dialog) {
            typeInto(dialog, "date", QStringLiteral("2026-11-07"));
            QTest::keyClicks(child<QWidget>(dialog, "text"), QStringLiteral("thanks"));
            choose(dialog, "satisfaction", satisfactionName(WishSatisfaction::verySatisfied));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        },
        "partydesk::WishStepDialog");
    QTest::mouseClick(child<QPushButton>(&page, "fulfil"), Qt::LeftButton);
    wish = shownWish(page, QStringLiteral("测试：帮忙修好收音机"));
    CHECK(wish.stage() == WishStage::Fulfilled);
    CHECK(wish.fulfilledOn == QDate(2026, 11, 7));
    CHECK(wish.satisfaction == WishSatisfaction::verySatisfied);
    CHECK(wish.feedback == QStringLiteral("thanks"));
    CHECK(child<QLabel>(&page, "wishDetail")->text().contains(QStringLiteral("2026-11-07")));
    // The public list hides the resident.
    const TableReport report = page.publicList();
    bool found = false;
    for (int row = 0; row < report.rowCount; ++row)
        if (report.cell(row, 1).toString() == QStringLiteral("测试：帮忙修好收音机")) {
            found = true;
            CHECK(report.cell(row, 0).toString() == QStringLiteral("赵**"));
        }
    CHECK(found);
}
