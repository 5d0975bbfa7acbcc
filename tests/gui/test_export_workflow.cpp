#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "ExternalReaders.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MonthlyFacts.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "statistics/StatisticsModel.h"
#include "statistics/StatisticsPage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A clerk exports the filtered roster of one branch to Excel with chosen columns", "[gui][export]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.selectOrganisation(temp.firstOrganisation(OrgType::GridBranch));
    RosterPage* page = window.rosterPage();
    choose(page, "categoryFilter", QStringLiteral("Registered"));
    const std::vector<const RosterRow*> shown = page->model()->visibleRows();
    REQUIRE(shown.size() > 5);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branch.xlsx"));
    onModalDialog(
        [&](QWidget* dialog) {
            auto* columns = child<QListWidget>(dialog, "exportColumns");
            for (int i = 0; i < columns->count(); ++i) {
                const QString text = columns->item(i)->text();
                const bool keep = text == QStringLiteral("Name") || text == QStringLiteral("ID number") ||
                                  text == QStringLiteral("Birth date");
                columns->item(i)->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
            }
            onModalDialog(
                [&](QWidget* fileDialog) {
                    auto* files = qobject_cast<QFileDialog*>(fileDialog);
                    REQUIRE(files);
                    // Type the whole path into the file name box and press Enter, as a user can.
                    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                    REQUIRE(name);
                    name->setText(path);
                    QTest::keyClick(name, Qt::Key_Return);
                },
                "QFileDialog");
            QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
        },
        "partydesk::RosterExportDialog");
    page->exportToExcel();

    REQUIRE(QFile::exists(path));
    const Sheet sheet = readWithLibreOffice(path).first();
    REQUIRE(sheet.size() == 3 + int(shown.size()));
    // The three ticked columns, in the order of the paper roster.
    REQUIRE(sheet.at(2).size() == 3);
    CHECK(sheet.at(2).at(0).text == QStringLiteral("Name"));
    CHECK(sheet.at(2).at(1).text == QStringLiteral("Birth date"));
    CHECK(sheet.at(2).at(2).text == QStringLiteral("ID number"));
    for (size_t r = 0; r < shown.size(); ++r) {
        const QList<SheetCell>& cells = sheet.at(3 + int(r));
        CHECK(cells.at(0).text == shown[r]->name);
        CHECK(cells.at(1).type == QStringLiteral("date"));
        CHECK(cells.at(2).text == IdNumber::masked(shown[r]->idNumber));
    }
    CHECK(temp.workspace().audit().count(QStringLiteral("export_full_id_numbers")) == 0);
}

TEST_CASE("The statistics page counts the Party members of the selected part of the tree",
          "[gui][models][party-members]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    window.selectOrganisation(branch);
    window.showPage(MainWindow::Page::Statistics);
    StatisticsModel* model = window.statisticsPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QSet<qint64> subtree = subtreeIds(temp.workspace().organisations().all(), branch);
    int people = 0, partyMembers = 0;
    for (const RosterRow& row : temp.workspace().members().roster())
        if (!row.leftOn.isValid() && subtree.contains(row.orgId)) {
            ++people;
            partyMembers += isPartyMember(row.status);
        }
    REQUIRE(partyMembers > 0);
    REQUIRE(partyMembers < people); // the branch has applicants, activists or candidates too
    // Category: the branch's own row, then the total, both count its Party members.
    REQUIRE(model->rowCount() == 2);
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Party members"));
    CHECK(model->index(0, 0).data().toString().contains(QStringLiteral("网格党支部")));
    CHECK(model->index(0, 1).data().toInt() == partyMembers);
    CHECK(model->index(1, 1).data().toInt() == partyMembers);
    int sum = 0;
    for (int c = 2; c < model->columnCount(); ++c)
        sum += model->index(1, c).data().toInt();
    CHECK(sum == partyMembers);

    // Status: Party members first, and everyone on the roster by the step reached.
    choose(window.statisticsPage(), "dimensionCombo", QStringLiteral("By status"));
    CHECK(model->index(1, 1).data().toInt() == partyMembers);
    sum = 0;
    for (int c = 2; c < model->columnCount(); ++c)
        sum += model->index(1, c).data().toInt();
    CHECK(sum == people);

    choose(window.statisticsPage(), "dimensionCombo", QStringLiteral("By sex"));
    CHECK(model->columnCount() == 4);
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Male"));
    CHECK(model->index(1, 1).data().toInt() == partyMembers);
}

TEST_CASE("Statistics, the month's facts and the monthly report count everyone while the roster still loads",
          "[gui][statistics][meetings]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    // More members than the roster page reads at once, all in the first organisation of the
    // roster's order: the rows it shows first hold none of the demo's members.
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT min(id) FROM organisation")));
    REQUIRE(q.next());
    const qint64 first = q.value(0).toLongLong();
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO member (name, sex, org_id, category, status, joined_on, full_on) "
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100) "
                       "SELECT '填充' || i, 'M', %1, 'registered', 'full', '1990-03-01', '1991-03-01' FROM n")
            .arg(first)));
    const std::vector<RosterRow> everyone = ws.members().roster();

    MainWindow window(ws, temp.path());
    window.show();
    REQUIRE(window.rosterPage()->isLoading());
    REQUIRE(size_t(window.rosterPage()->model()->totalRows()) < everyone.size());

    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const QSet<qint64> subtree = subtreeIds(ws.organisations().all(), branch);
    int branchMembers = 0, allMembers = 0;
    for (const RosterRow& row : everyone)
        if (!row.leftOn.isValid() && isPartyMember(row.status)) {
            ++allMembers;
            branchMembers += subtree.contains(row.orgId);
        }
    REQUIRE(branchMembers > 0);

    window.selectOrganisation(branch);
    window.showPage(MainWindow::Page::Statistics);
    StatisticsModel* model = window.statisticsPage()->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(1, 1).data().toInt() == branchMembers);
    window.selectOrganisation(first);
    CHECK(model->index(model->rowCount() - 1, 1).data().toInt() == allMembers);

    // The meetings page: the month's political birthdays of everyone, and the branch's report
    // names each member at its theme day.
    window.showPage(MainWindow::Page::Meetings);
    MeetingsPage* meetings = window.meetingsPage();
    meetings->setMonth(QDate(2026, 11, 1));
    QSet<qint64> all;
    for (const Organisation& org : ws.organisations().all())
        all << org.id;
    const QStringList birthdays = politicalBirthdayLines(everyone, all, QDate(2026, 11, 1));
    REQUIRE_FALSE(birthdays.isEmpty());
    const QString facts = child<QLabel>(meetings, "monthFacts")->text();
    for (const QString& line : birthdays)
        CHECK(facts.contains(line));

    window.selectOrganisation(branch);
    const QList<TableReport> report = meetings->monthlyReport();
    Meeting themeDay;
    for (const Meeting& m :
         ws.meetings().meetings(QSet<qint64>{branch}, QDate(2026, 11, 1), QDate(2026, 11, 30)))
        if (m.kind == MeetingKind::ThemeDay)
            themeDay = m;
    REQUIRE(themeDay.id > 0);
    const QList<AttendanceLine> sheet = ws.meetings().attendanceSheet(themeDay.id);
    REQUIRE(sheet.size() > 5);
    // Those present by name, ten to a line; the others with their reasons.
    QStringList names;
    for (const TableReport& table : report)
        if (table.title.contains(QStringLiteral("present members"))) {
            for (int r = 0; r < table.rowCount; ++r)
                for (int c = 0; c < table.columns.size(); ++c)
                    if (const QString name = table.cell(r, c).toString(); !name.isEmpty())
                        names << name;
        } else if (table.title.contains(QStringLiteral("attendance"))) {
            for (int r = 0; r < table.rowCount; ++r)
                names << table.cell(r, 1).toString();
        }
    REQUIRE(names.size() == sheet.size());
    for (const AttendanceLine& line : sheet)
        CHECK(names.contains(line.member.name));

    REQUIRE(window.rosterPage()->isLoading()); // all of it before the background load came in
}
