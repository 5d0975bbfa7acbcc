#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "models/OrganisationTreeModel.h"
#include "organisation/OrganisationPage.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"
#include "widgets/FieldErrorLabel.h"

#include <catch2/catch.hpp>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A secretary adds a branch under the community, fixing a wrong term on the way", "[gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    const qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    window.selectOrganisation(community);
    window.showPage(MainWindow::Page::Organisation);
    const int before = window.treeView()->model()->rowCount(window.treeView()->currentIndex());

    bool sawError = false;
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "orgNameEdit", QStringLiteral("第九网格党支部"));
        choose(dialog, "orgTypeCombo", QStringLiteral("Grid branch"));
        typeInto(dialog, "termStartEdit", QStringLiteral("2026-03-01"));
        typeInto(dialog, "termEndEdit", QStringLiteral("2025-03-01")); // before the start
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        auto* termError = child<FieldErrorLabel>(dialog, "termEndError");
        CHECK(termError->isVisibleTo(dialog));
        CHECK(termError->text().contains(QStringLiteral("2026-03-01")));
        sawError = true;
        typeInto(dialog, "termEndEdit", QStringLiteral("2029-03-01"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(
        window.organisationPage()->findChild<QPushButton*>(QStringLiteral("addOrganisationButton")),
        Qt::LeftButton);
    CHECK(sawError);

    // The new branch is selected in the tree, under the community.
    const QModelIndex current = window.treeView()->currentIndex();
    CHECK(current.data().toString() == QStringLiteral("第九网格党支部"));
    CHECK(current.parent().data(OrganisationTreeModel::OrgIdRole).toLongLong() == community);
    CHECK(window.treeView()->model()->rowCount(current.parent()) == before + 1);
    const Organisation saved =
        temp.workspace().organisations().get(current.data(OrganisationTreeModel::OrgIdRole).toLongLong());
    CHECK(saved.termEnd == QDate(2029, 3, 1));
    CHECK(saved.type == OrgType::GridBranch);
}

TEST_CASE("A grid is added to the community with its heads, and a duplicate code is refused", "[gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    const qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    window.selectOrganisation(community);
    window.showPage(MainWindow::Page::Organisation);

    bool sawDuplicate = false;
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "gridCodeEdit", QStringLiteral("HP-01"));
        typeInto(dialog, "gridNameEdit", QStringLiteral("第九网格"));
        typeInto(dialog, "gridHeadEdit", QStringLiteral("周建华"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        sawDuplicate = child<FieldErrorLabel>(dialog, "codeError")->text().contains(QStringLiteral("HP-01"));
        typeInto(dialog, "gridCodeEdit", QStringLiteral("HP-09"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(window.organisationPage()->findChild<QPushButton*>(QStringLiteral("addGridButton")),
                      Qt::LeftButton);
    CHECK(sawDuplicate);
    const QList<Grid> grids = temp.workspace().organisations().grids(community);
    REQUIRE(grids.size() == 9);
    CHECK(grids.last().code == QStringLiteral("HP-09"));
    CHECK(grids.last().gridHead == QStringLiteral("周建华"));
}

TEST_CASE("The organisation page and the roster title count Party members, and the others by name",
          "[gui][party-members]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    const qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    REQUIRE(community > 0);
    window.selectOrganisation(community);

    // Counted in the database, directly: 正式, 预备 and the three steps before them.
    QSqlQuery q(temp.db());
    REQUIRE(
        q.exec(QStringLiteral("SELECT status, count(*) FROM member WHERE left_on IS NULL GROUP BY status")));
    MemberCounts expected;
    while (q.next()) {
        MemberStatus status = MemberStatus::Applicant;
        REQUIRE(enumFromCode(q.value(0).toString(), &status));
        expected.add(status, q.value(1).toInt());
    }
    REQUIRE(expected.people() == 396); // everyone in the demo but the 4 transferred out
    REQUIRE(expected.partyMembers() < 400);
    REQUIRE(expected.candidates > 0);
    const QString text = describeMemberCounts(expected);
    CHECK(text.startsWith(QStringLiteral("Party members %1 (full %2, probationary %3)")
                              .arg(expected.partyMembers())
                              .arg(expected.full)
                              .arg(expected.probationary)));
    CHECK(text.contains(QStringLiteral("candidates %1").arg(expected.candidates)));

    window.showPage(MainWindow::Page::Organisation);
    CHECK(child<QLabel>(window.organisationPage(), "memberCounts")->text() == text);
    window.showPage(MainWindow::Page::Roster);
    CHECK(child<QLabel>(window.rosterPage(), "rosterSummary")->text() == text);

    // A branch: the same words, its own numbers.
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    window.selectOrganisation(branch);
    const QString branchText = child<QLabel>(window.rosterPage(), "rosterSummary")->text();
    CHECK(branchText.startsWith(QStringLiteral("Party members ")));
    CHECK(branchText == child<QLabel>(window.organisationPage(), "memberCounts")->text());
}
