#include "domain/OrganisationTree.h"
#include "forms/MemberForm.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"
#include "widgets/FieldErrorLabel.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A clerk adds a member through the form, corrects a mistake, then finds the member", "[gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    RosterPage* page = window.rosterPage();
    const int before = page->model()->totalRows();

    bool sawError = false;
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "nameEdit", QStringLiteral("欧阳红梅"));
        // The last digit is mistyped: the check character of these 17 digits is X.
        typeInto(dialog, "idNumberEdit", QStringLiteral("110105194912310021"));
        choose(dialog, "orgCombo", QStringLiteral("第三网格党支部"));
        choose(dialog, "statusCombo", QStringLiteral("Full member"));
        typeInto(dialog, "appliedOnEdit", QStringLiteral("1970.3.1"));
        typeInto(dialog, "activistOnEdit", QStringLiteral("1970-06-01"));
        typeInto(dialog, "candidateOnEdit", QStringLiteral("19710701"));
        typeInto(dialog, "joinedOnEdit", QStringLiteral("1972年1月10日"));
        typeInto(dialog, "fullOnEdit", QStringLiteral("1973-01-10"));
        typeInto(dialog, "phoneEdit", QStringLiteral("13975112345"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

        // Still open, with the reason beside the ID field.
        CHECK(QApplication::activeModalWidget() == dialog);
        auto* idError = child<FieldErrorLabel>(dialog, "idNumberError");
        CHECK(idError->isVisibleTo(dialog));
        CHECK(idError->text().contains(QStringLiteral("X")));
        sawError = true;

        typeInto(dialog, "idNumberEdit", QStringLiteral("11010519491231002x"));
        // The birth date and sex come from the number.
        CHECK(child<QLineEdit>(dialog, "birthDateEdit")->text() == QStringLiteral("1949-12-31"));
        CHECK(child<QComboBox>(dialog, "sexCombo")->currentText() == QStringLiteral("Female"));
        CHECK(child<QLineEdit>(dialog, "joinedOnEdit")->text() == QStringLiteral("1972-01-10"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addMemberButton")), Qt::LeftButton);

    CHECK(sawError);
    CHECK(page->model()->totalRows() == before + 1);

    // Find her by typing part of her name in the search box.
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    typeText(search, QStringLiteral("欧阳"));
    REQUIRE(page->model()->rowCount() == 1);
    const QModelIndex found = page->model()->index(0, RosterModel::NameColumn);
    CHECK(found.data().toString() == QStringLiteral("欧阳红梅"));
    CHECK(page->model()->index(0, RosterModel::IdNumberColumn).data().toString() ==
          QStringLiteral("1101**********002X"));
    CHECK(page->model()->index(0, RosterModel::OrganisationColumn).data().toString() ==
          QStringLiteral("第三网格党支部"));

    // And by the end of her phone number.
    search->clear();
    typeText(search, QStringLiteral("112345"));
    CHECK(page->model()->rowCount() >= 1);
    CHECK(page->model()->visibleRowOf(page->model()->rowAt(0).id) == 0);

    // The saved record is in the database, whole.
    const Member saved = temp.workspace().members().get(page->model()->rowAt(0).id);
    CHECK(saved.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(saved.sex == Sex::Female);
    CHECK(saved.fullOn == QDate(1973, 1, 10));
}

TEST_CASE("Category-specific fields show only where they apply", "[gui]")
{
    TempWorkspace temp(true);
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    form.show();
    QLineEdit* workUnit = child<QLineEdit>(&form, "workUnitEdit");
    QLineEdit* place = child<QLineEdit>(&form, "floatingPlaceEdit");
    CHECK_FALSE(workUnit->isVisibleTo(&form));
    CHECK_FALSE(place->isVisibleTo(&form));
    choose(&form, "categoryCombo", QStringLiteral("In-service"));
    CHECK(workUnit->isVisibleTo(&form));
    choose(&form, "categoryCombo", QStringLiteral("Floating (out)"));
    CHECK_FALSE(workUnit->isVisibleTo(&form));
    CHECK(place->isVisibleTo(&form));
    choose(&form, "categoryCombo", QStringLiteral("Floating (in)"));
    CHECK_FALSE(place->isVisibleTo(&form));
    CHECK(child<QLineEdit>(&form, "homeOrganisationEdit")->isVisibleTo(&form));
}

TEST_CASE("An empty form explains every missing field and saves nothing", "[gui]")
{
    TempWorkspace temp(true);
    const size_t before = temp.workspace().members().roster().size();
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), Member());
    form.show();
    typeInto(&form, "birthDateEdit", QStringLiteral("1990-13-45"));
    CHECK_FALSE(form.save());
    CHECK(child<FieldErrorLabel>(&form, "nameError")->isVisibleTo(&form));
    CHECK(child<FieldErrorLabel>(&form, "orgError")->isVisibleTo(&form));
    CHECK(child<FieldErrorLabel>(&form, "birthDateError")->text().contains(QStringLiteral("1990-13-45")));
    CHECK(temp.workspace().members().roster().size() == before);
}

TEST_CASE("The member form warns beside the grid when it is off the branch's grid or in another community",
          "[gui][grid]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const Organisation branch = ws.organisations().get(temp.firstOrganisation(OrgType::GridBranch));
    REQUIRE(branch.gridId > 0);
    const QSet<qint64> branchOrgs = subtreeIds(ws.organisations().all(), branch.id); // and its groups
    qint64 memberId = 0;
    for (const RosterRow& row : ws.members().roster())
        if (branchOrgs.contains(row.orgId) && !row.leftOn.isValid())
            memberId = row.id;
    REQUIRE(memberId > 0);
    Member member = ws.members().get(memberId);
    member.gridId = branch.gridId;
    qint64 otherGrid = 0;
    for (const Grid& g : ws.organisations().allGrids())
        if (g.id != branch.gridId)
            otherGrid = g.id;
    REQUIRE(otherGrid > 0);

    // A second community with a grid of its own.
    Organisation community;
    community.name = QStringLiteral("新华社区党委");
    community.type = OrgType::CommunityCommittee;
    community.parentId = ws.organisations().get(branch.parentId).parentId;
    community.id = ws.organisationService().saveOrganisation(community).id;
    REQUIRE(community.id > 0);
    Grid foreign;
    foreign.communityId = community.id;
    foreign.code = QStringLiteral("XH01");
    foreign.name = QStringLiteral("新华第一网格");
    foreign.id = ws.organisationService().saveGrid(foreign).id;
    REQUIRE(foreign.id > 0);

    MemberForm form(ws, ws.organisations().all(), member);
    form.show();
    auto* grid = child<QComboBox>(&form, "gridCombo");
    auto* warning = child<QLabel>(&form, "gridWarning");
    CHECK_FALSE(warning->isVisibleTo(&form)); // on the branch's own grid

    grid->setCurrentIndex(grid->findData(otherGrid));
    CHECK(warning->isVisibleTo(&form));
    CHECK(warning->text().contains(branch.name));

    grid->setCurrentIndex(grid->findData(foreign.id));
    CHECK(warning->text().contains(QStringLiteral("新华社区党委")));
    CHECK(warning->text().contains(QStringLiteral("XH01")));

    // Only a warning: the member saves, on that grid.
    REQUIRE(form.save());
    CHECK(ws.members().get(memberId).gridId == foreign.id);

    grid->setCurrentIndex(grid->findData(branch.gridId));
    CHECK_FALSE(warning->isVisibleTo(&form));
}
