// The three lists page as a clerk uses it: a need, a resource and a project that takes both on,
// typed and clicked; read only above community level.
#include "cogovernance/cobuilding/CoBuildingListsPage.h"
#include "cogovernance/cobuilding/UnitsPage.h"
#include "cogovernance/CoBuildingQueries.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "repository/SqlValues.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

qint64 insert(QSqlDatabase db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

void clickSave(QWidget* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

void tick(QWidget* dialog, const char* list, const QString& startsWith)
{
    auto* widget = child<QListWidget>(dialog, list);
    for (int i = 0; i < widget->count(); ++i)
        if (widget->item(i)->text().startsWith(startsWith)) {
            widget->item(i)->setCheckState(Qt::Checked);
            return;
        }
    FAIL("no item " << startsWith.toStdString());
}

} // namespace

TEST_CASE("A clerk adds a need, a resource and a project that takes both on", "[gui][cobuilding]")
{
    TempWorkspace temp; // 2026-11-15
    Workspace& ws = temp.workspace();
    const QString org =
        QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)");
    const qint64 street = insert(
        temp.db(), org, {QStringLiteral("东风街道党工委"), QStringLiteral("street_committee"), QVariant()});
    const qint64 community =
        insert(temp.db(), org, {QStringLiteral("和平社区大党委"), QStringLiteral("big_committee"), street});
    const QString unit = QStringLiteral("INSERT INTO co_building_unit (committee_id, name) VALUES (?, ?)");
    const qint64 school = insert(temp.db(), unit, {community, QStringLiteral("芙蓉区教育局")});
    insert(temp.db(), unit, {community, QStringLiteral("湖南省人民医院")});

    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
    CoBuildingListsPage page(ws, tree);
    page.setOrganisation(street);
    page.resize(990, 600);
    page.show();
    QAbstractItemModelTester needsTester(page.needsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester resourcesTester(page.resourcesModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester projectsTester(page.projectsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Above community level: nothing can be added, and the button says why.
    auto* newNeed = child<QPushButton>(&page, "newNeedButton");
    CHECK(!newNeed->isEnabled());
    CHECK(!newNeed->toolTip().isEmpty());

    page.setOrganisation(community);
    REQUIRE(newNeed->isEnabled());
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "needTitleEdit", QStringLiteral("老旧小区加装电梯"));
        typeInto(dialog, "needRaisedEdit", QStringLiteral("2026-10-08"));
        clickSave(dialog);
    });
    QTest::mouseClick(newNeed, Qt::LeftButton);
    REQUIRE(page.needsModel()->rowCount() == 1);
    CHECK(page.needsModel()->index(0, 0).data().toString() == QStringLiteral("老旧小区加装电梯"));

    onModalDialog([](QWidget* dialog) {
        choose(dialog, "resourceUnitCombo", QStringLiteral("芙蓉区教育局"));
        typeInto(dialog, "resourceTitleEdit", QStringLiteral("党员志愿服务队"));
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newResourceButton"), Qt::LeftButton);
    REQUIRE(page.resourcesModel()->rowCount() == 1);

    // A project without a title is refused beside the field; then typed, it is saved.
    onModalDialog([](QWidget* dialog) {
        clickSave(dialog);
        REQUIRE(dialog->isVisible());
        typeInto(dialog, "projectTitleEdit", QStringLiteral("加装电梯惠民工程"));
        choose(dialog, "projectLeadCombo", QStringLiteral("芙蓉区教育局"));
        typeInto(dialog, "projectBudgetEdit", QStringLiteral("12000.50"));
        typeInto(dialog, "projectDueEdit", QStringLiteral("2026-11-01")); // already passed: overdue
        tick(dialog, "projectNeedsList", QStringLiteral("老旧小区加装电梯"));
        tick(dialog, "projectResourcesList", QStringLiteral("党员志愿服务队"));
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newProjectButton"), Qt::LeftButton);
    REQUIRE(page.projectsModel()->rowCount() == 1);

    const QList<CogovProject> projects = cogovProjects(temp.db(), {community});
    REQUIRE(projects.size() == 1);
    CHECK(projects[0].budget == 1200050);
    CHECK(projects[0].leadUnitId == school);
    CHECK(projects[0].needTitles == QStringList{QStringLiteral("老旧小区加装电梯")});
    CHECK(projects[0].resourceTitles == QStringList{QStringLiteral("党员志愿服务队")});
    // The links show both ways, and the need is matched.
    CHECK(page.needsModel()->index(0, 4).data().toString() == needStatusName(NeedStatus::matched));
    CHECK(page.needsModel()->index(0, 6).data().toString() == QStringLiteral("加装电梯惠民工程"));
    CHECK(page.resourcesModel()->index(0, 5).data().toString() == QStringLiteral("加装电梯惠民工程"));
    // Overdue in red, with the reason.
    CHECK(page.projectsModel()->index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK(!page.projectsModel()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(page.reports().size() == 3);

    // Fits beside the organisation tree at 1366×768.
    CHECK(page.minimumSizeHint().width() <= 996);
}

TEST_CASE("A unit's page: its people added by typing, its year, its evaluation sheets", "[gui][cobuilding]")
{
    TempWorkspace temp; // 2026-11-15
    Workspace& ws = temp.workspace();
    const QString org =
        QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)");
    const qint64 street = insert(
        temp.db(), org, {QStringLiteral("东风街道党工委"), QStringLiteral("street_committee"), QVariant()});
    const qint64 community =
        insert(temp.db(), org, {QStringLiteral("和平社区大党委"), QStringLiteral("big_committee"), street});
    const QString unit = QStringLiteral("INSERT INTO co_building_unit (committee_id, name) VALUES (?, ?)");
    insert(temp.db(), unit, {community, QStringLiteral("芙蓉区教育局")});
    const qint64 hospital = insert(temp.db(), unit, {community, QStringLiteral("湖南省人民医院")});
    insert(temp.db(),
           QStringLiteral("INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (?, ?, ?)"),
           {community, QStringLiteral("2026-03"), hospital});

    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
    UnitsPage page(ws, tree);
    page.setOrganisation(community);
    page.resize(990, 600);
    page.show();
    QAbstractItemModelTester unitsTester(page.unitsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester factsTester(page.factsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.unitsModel()->rowCount() == 2);
    page.showRecord(hospital);
    REQUIRE(page.currentUnit() == hospital);

    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "personNameEdit", QStringLiteral("刘芳"));
        typeInto(dialog, "personRoleEdit", QStringLiteral("兼职委员"));
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "newPersonButton"), Qt::LeftButton);
    REQUIRE(unitPeople(temp.db(), hospital).size() == 1);
    CHECK(page.currentUnit() == hospital);
    CHECK(page.unitsModel()->index(1, 3).data().toString() == QStringLiteral("1"));
    // The year's facts name the rota month.
    bool rota = false;
    for (int row = 0; row < page.factsModel()->rowCount(); ++row)
        rota = rota || page.factsModel()->index(row, 1).data().toString() == QStringLiteral("3");
    CHECK(rota);
    CHECK(page.evaluationSheets(false).size() == 1);
    CHECK(page.evaluationSheets(true).size() == 2);
    CHECK(page.minimumSizeHint().width() <= 996);
}
