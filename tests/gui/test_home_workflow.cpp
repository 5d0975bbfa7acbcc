#include "GuiTestSupport.h"
#include "home/AgendaModel.h"
#include "home/HomeFactsPanel.h"
#include "home/HomePage.h"
#include "mainwindow/MainWindow.h"
#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "organisation/OrganisationPage.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The row of the agenda's item of `kind`, or an invalid index.
QModelIndex itemRow(const AgendaModel& model, AgendaKind kind)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.items()[row].kind == kind)
            return model.index(row, 0);
    return {};
}

void clickRow(QTreeView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    REQUIRE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// The home page reads on a thread of its own: wait for it, as a user waits for the lines.
void waitForHome(HomePage* home)
{
    for (int i = 0; i < 600 && home->isLoading(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(home->isLoading());
}

qint64 selectedMember(RosterPage* page)
{
    const QModelIndexList rows = page->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RosterModel::MemberIdRole).toLongLong();
}

} // namespace

TEST_CASE("The secretary starts on the home page and a click on a due line opens where it is done",
          "[gui][home]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs->currentWidget() == window.homePage());

    HomePage* home = window.homePage();
    waitForHome(home);
    AgendaModel* agenda = home->agenda();
    QAbstractItemModelTester tester(agenda, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(agenda->rowCount() > 0);
    CHECK(home->facts()->summaryText().contains(QStringLiteral("Party members")));

    // A probation that has ended: its line is red and opens the member.
    const QModelIndex probation = itemRow(*agenda, AgendaKind::ProbationDue);
    REQUIRE(probation.isValid());
    CHECK(home->agendaView()->isExpanded(probation)); // something overdue: open at once
    const QModelIndex overdue = agenda->index(0, AgendaModel::WhatColumn, probation);
    REQUIRE(agenda->entryAt(overdue)->overdue);
    CHECK(overdue.data(Qt::ForegroundRole).isValid());
    const qint64 member = agenda->entryAt(overdue)->memberId;
    clickRow(home->agendaView(), overdue);
    CHECK(tabs->currentWidget() != home);
    if (tabs->currentWidget() == window.rosterPage())
        CHECK(selectedMember(window.rosterPage()) == member);

    // A committee whose term ends: the organisation page, at that organisation.
    window.selectOrganisation(0);
    tabs->setCurrentWidget(home);
    waitForHome(home);
    const QModelIndex terms = itemRow(*agenda, AgendaKind::TermsEnding);
    REQUIRE(terms.isValid());
    const QModelIndex term = agenda->index(0, AgendaModel::WhatColumn, terms);
    const qint64 org = agenda->entryAt(term)->orgId;
    clickRow(home->agendaView(), term);
    CHECK(tabs->currentWidget() == window.organisationPage());
    CHECK(window.treeView()->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong() == org);

    // Back home with that organisation selected: only the lines of it and its Party groups.
    tabs->setCurrentWidget(home);
    waitForHome(home);
    const QSet<qint64> subtree =
        static_cast<OrganisationTreeModel*>(window.treeView()->model())->subtree(org);
    REQUIRE(agenda->rowCount() > 0);
    for (const AgendaItem& item : agenda->items())
        for (const AgendaEntry& entry : item.entries)
            CHECK(subtree.contains(entry.orgId));

    // A folded item opens with a click on its title.
    window.selectOrganisation(0);
    waitForHome(home);
    const QModelIndex birthdays = itemRow(*agenda, AgendaKind::PoliticalBirthdays);
    REQUIRE(birthdays.isValid());
    CHECK_FALSE(home->agendaView()->isExpanded(birthdays));
    clickRow(home->agendaView(), birthdays);
    CHECK(home->agendaView()->isExpanded(birthdays));
}

TEST_CASE("Every page fits beside the organisation tree on a 1366×768 screen", "[gui][home]")
{
    // The most common office screen: the tree keeps its 340 pixels, so no page may need more than
    // what is left (window frame and splitter handle aside).
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.resize(1366, 768);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>();
    const int available = 1366 - 340 - 30;
    for (int i = 0; i < tabs->count(); ++i) {
        INFO(tabs->tabText(i).toStdString() << ": " << tabs->widget(i)->minimumSizeHint().width());
        CHECK(tabs->widget(i)->minimumSizeHint().width() <= available);
    }
    CHECK(window.treeView()->width() >= 300);
}
