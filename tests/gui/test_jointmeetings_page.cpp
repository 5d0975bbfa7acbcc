// The joint meetings page as a user works it: generate the chair rota, record a meeting with two
// decisions by typing and clicking, mark one done; above community level nothing can be added.
#include "cogovernance/jointmeetings/JointMeetingModels.h"
#include "cogovernance/jointmeetings/JointMeetingsPage.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "repository/SqlValues.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

qint64 insert(QSqlDatabase db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

void clickSave(QWidget* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("Generate the rota, record a joint meeting with two decisions and mark one done",
          "[jointmeetings][gui]")
{
    TempWorkspace temp; // today 2026-11-15
    Workspace& ws = temp.workspace();
    const QString org =
        QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)");
    const qint64 street = insert(
        temp.db(), org, {QStringLiteral("东风街道党工委"), QStringLiteral("street_committee"), QVariant()});
    const qint64 community =
        insert(temp.db(), org, {QStringLiteral("和平社区大党委"), QStringLiteral("big_committee"), street});
    const QString unit =
        QStringLiteral("INSERT INTO co_building_unit (committee_id, name, joined_on) VALUES (?, ?, ?)");
    insert(temp.db(), unit, {community, QStringLiteral("芙蓉区教育局"), QStringLiteral("2020-01-01")});
    insert(temp.db(), unit, {community, QStringLiteral("湖南省人民医院"), QStringLiteral("2020-01-01")});
    insert(temp.db(), unit, {community, QStringLiteral("和平派出所"), QStringLiteral("2020-01-01")});

    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all());
    JointMeetingsPage page(ws, tree);
    QAbstractItemModelTester meetingsTester(page.meetings(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester decisionsTester(page.decisions(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rotaTester(page.rota(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester activitiesTester(page.activities(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(990, 640);
    page.setOrganisation(community);
    page.show();

    // The rota: three units in turn from January (no chair last December), so November (month 11)
    // is the hospital's: 1 教育局, 2 医院, 3 派出所, … 10 教育局, 11 医院.
    onModalDialog([](QWidget* dialog) {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "generateRotaButton"), Qt::LeftButton);
    REQUIRE(page.rota()->rowCount() == 12);
    CHECK(page.rota()->index(0, RotaModel::UnitColumn).data().toString() == QStringLiteral("芙蓉区教育局"));
    CHECK(page.rota()->index(10, RotaModel::UnitColumn).data().toString() ==
          QStringLiteral("湖南省人民医院"));

    onModalDialog(
        [](QWidget* dialog) {
            typeInto(dialog, "heldOnEdit", QStringLiteral("2026.11.10"));
            // The chair defaults to the month's rota chair.
            CHECK(child<QComboBox>(dialog, "chairCombo")->currentText() == QStringLiteral("湖南省人民医院"));
            typeInto(dialog, "placeEdit", QStringLiteral("党群服务中心"));
            typeInto(dialog, "decisionEdit", QStringLiteral("开放夜间停车位"));
            choose(dialog, "decisionUnitCombo", QStringLiteral("湖南省人民医院"));
            typeInto(dialog, "decisionDueEdit", QStringLiteral("2026-12-31"));
            QTest::mouseClick(child<QPushButton>(dialog, "addDecisionButton"), Qt::LeftButton);
            typeInto(dialog, "decisionEdit", QStringLiteral("楼道清理"));
            choose(dialog, "decisionUnitCombo", QStringLiteral("和平派出所"));
            typeInto(dialog, "decisionDueEdit", QStringLiteral("2026-11-12"));
            QTest::mouseClick(child<QPushButton>(dialog, "addDecisionButton"), Qt::LeftButton);
            clickSave(dialog);
        },
        "partydesk::JointMeetingDialog");
    QTest::mouseClick(child<QPushButton>(&page, "newMeetingButton"), Qt::LeftButton);
    REQUIRE(page.meetings()->rowCount() == 1);
    CHECK(page.meetings()->rows()[0].chairUnit == QStringLiteral("湖南省人民医院"));
    CHECK(page.meetings()->rows()[0].units == 3);
    CHECK(page.meetings()->rows()[0].open == 2);
    // The second decision was due on 12 November: overdue, in red with the reason.
    REQUIRE(page.decisions()->rowCount() == 2);
    const QModelIndex late = page.decisions()->index(1, JointDecisionModel::StatusColumn);
    CHECK(late.data().toString() == QStringLiteral("Overdue"));
    CHECK(late.data(Qt::ForegroundRole).isValid());
    CHECK(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-11-12")));

    auto* decisions = child<QTableView>(&page, "decisionsView");
    decisions->selectRow(1);
    onModalDialog(
        [](QWidget* dialog) {
            choose(dialog, "statusCombo", QStringLiteral("Done"));
            typeInto(dialog, "doneOnEdit", QStringLiteral("2026-11-14"));
            typeText(child<QPlainTextEdit>(dialog, "followUpEdit"), QStringLiteral("已清理"));
            clickSave(dialog);
        },
        "partydesk::DecisionFollowUpDialog");
    QTest::mouseClick(child<QPushButton>(&page, "followUpButton"), Qt::LeftButton);
    CHECK(page.decisions()->rows()[1].decision.status == DecisionStatus::Done);
    CHECK(page.decisions()->rows()[1].decision.followUp == QStringLiteral("已清理"));
    CHECK(page.decisions()->index(1, JointDecisionModel::StatusColumn).data().toString() ==
          QStringLiteral("Done"));
    CHECK(page.meetings()->rows()[0].done == 1);

    // Above community level: the lists stay, nothing new can be recorded, and the button says why.
    page.setOrganisation(street);
    CHECK(page.meetings()->rowCount() == 1);
    auto* add = child<QPushButton>(&page, "newMeetingButton");
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip().contains(QStringLiteral("community")));
}
