#include "cogovernance/CommitteeScope.h"
#include "cogovernance/inservice/InServicePage.h"
#include "cogovernance/inservice/InServiceTableModel.h"
#include "cogovernance/InServiceService.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A clerk claims a post for an in-service member and records a service by typing and clicking",
          "[gui][inservice]")
{
    TempWorkspace temp(true);
    Workspace& w = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(w.organisations().all());
    InServicePage page(w, tree);
    QAbstractItemModelTester membersTester(page.membersModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester postsTester(page.postsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester recordsTester(page.recordsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganisation(0);
    page.show();
    CHECK(page.minimumSizeHint().width() <= 996); // beside the tree at 1366×768
    // Above community level: lists over every committee, recording disabled with a reason.
    REQUIRE(page.membersModel()->rowCount() > 10);
    CHECK(page.postsModel()->rowCount() >= 6);
    CHECK_FALSE(child<QPushButton>(&page, "claimButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "claimButton")->toolTip().contains(QStringLiteral("community")));

    QSqlQuery q(temp.db());
    REQUIRE(q.exec(
        QStringLiteral("SELECT id, org_id FROM member WHERE category = 'in_service' AND left_on IS NULL "
                       "AND reported_on IS NOT NULL AND status = 'full' ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 member = q.value(0).toLongLong();
    const qint64 committee = committeeOf(w.organisations().all(), q.value(1).toLongLong());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM service_record WHERE member_id = %1").arg(member)));
    ServicePost post;
    post.committeeId = committee;
    post.name = QStringLiteral("测试反诈宣传岗");
    post.capacity = 3;
    REQUIRE(InServiceService(w).savePost(post).ok());

    page.setOrganisation(committee);
    REQUIRE(child<QPushButton>(&page, "claimButton")->isEnabled());
    page.showRecord(member);
    auto* view = child<QTableView>(&page, "membersView");
    REQUIRE(view->currentIndex().data(InServiceTableModel::IdRole).toLongLong() == member);
    // No service this year yet: the row is red and says why.
    CHECK(view->currentIndex().data(Qt::ToolTipRole).toString().contains(QStringLiteral("No service")));

    onModalDialog(
        [](QWidget* dialog) {
            choose(dialog, "postCombo", QStringLiteral("测试反诈宣传岗"));
            typeInto(dialog, "claimedOnField", QStringLiteral("2026-11-02"));
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        },
        "partydesk::ClaimDialog");
    QTest::mouseClick(child<QPushButton>(&page, "claimButton"), Qt::LeftButton);
    CHECK(w.members().get(member).servicePost.contains(QStringLiteral("测试反诈宣传岗")));

    onModalDialog(
        [](QWidget* dialog) {
            typeInto(dialog, "servedOnField", QStringLiteral("2026-11-08"));
            typeInto(dialog, "activityEdit", QStringLiteral("反诈宣传进楼栋"));
            auto* hours = child<QDoubleSpinBox>(dialog, "hoursSpin");
            hours->setFocus();
            hours->selectAll();
            QTest::keyClicks(hours, QStringLiteral("2.5"));
            typeInto(dialog, "verifiedByEdit", QStringLiteral("网格长 陈静"));
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        },
        "partydesk::ServiceRecordDialog");
    QTest::mouseClick(child<QPushButton>(&page, "recordButton"), Qt::LeftButton);

    REQUIRE(page.recordsModel()->rowCount() == 1);
    CHECK(page.recordsModel()->index(0, 1).data().toString() == QStringLiteral("反诈宣传进楼栋"));
    CHECK(page.recordsModel()->index(0, 2).data().toString() == QStringLiteral("2.5"));
    CHECK(page.recordsModel()->index(0, 3).data().toString() == QStringLiteral("测试反诈宣传岗"));
    const int row = page.membersModel()->rowOf(member);
    REQUIRE(row >= 0);
    CHECK(page.membersModel()->index(row, 5).data().toString() == QStringLiteral("2.5"));
    CHECK(page.membersModel()->index(row, 6).data().toString() == QStringLiteral("1"));
    CHECK_FALSE(page.membersModel()->index(row, 0).data(Qt::ForegroundRole).isValid());
    CHECK(w.audit().count(QStringLiteral("inservice.record_add")) == 1);
}
