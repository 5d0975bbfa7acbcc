#include "domain/IdNumber.h"
#include "mainwindow/MainWindow.h"
#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

using namespace partydesk;
using partydesk::test::TempWorkspace;

namespace {

QHash<qint64, QString> orgNames(Workspace& ws)
{
    QHash<qint64, QString> names;
    for (const Organisation& org : ws.organisations().all())
        names.insert(org.id, org.name);
    return names;
}

// What the model shows, cell by cell, in order.
QStringList shown(const RosterModel& model)
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row{QString::number(model.index(r, 0).data(RosterModel::MemberIdRole).toLongLong())};
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        cells << row.join(QLatin1Char('|'));
    }
    return cells;
}

// The model a full reload would give, with the same sort and filter.
QStringList reloaded(TempWorkspace& temp, const RosterFilter& filter, int column, Qt::SortOrder order)
{
    RosterModel fresh;
    fresh.setRows(temp.workspace().members().roster(), orgNames(temp.workspace()), temp.clock().today());
    fresh.sort(column, order);
    fresh.setFilter(filter);
    return shown(fresh);
}

// A new member: someone on the roster copied under an unused ID number of the same birth date.
Member newMemberLike(Workspace& ws, const Member& model)
{
    Member m = model;
    m.id = 0;
    // The 17th digit's parity gives the sex: kept.
    for (int n = 980 + model.idNumber.at(16).digitValue() % 2; n < 1000; n += 2) {
        const QString first17 = model.idNumber.left(14) + QString::number(n);
        m.idNumber = first17 + IdNumber::checkCharacter(first17);
        if (!ws.members().idNumberInUse(m.idNumber, 0))
            break;
    }
    m.name = QStringLiteral("测试新人");
    return m;
}

} // namespace

TEST_CASE("After each save the roster model holds what a full reload would, in the same order",
          "[models][roster-updates]")
{
    const int column = GENERATE(-1, int(RosterModel::NameColumn), int(RosterModel::AgeColumn),
                                int(RosterModel::OrganisationColumn), int(RosterModel::StatusColumn));
    const Qt::SortOrder order = GENERATE(Qt::AscendingOrder, Qt::DescendingOrder);
    const bool searching = GENERATE(false, true);
    CAPTURE(column, order, searching);

    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    RosterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(ws.members().roster(), orgNames(ws), temp.clock().today());
    model.sort(column, order);
    RosterFilter filter;
    // A search that some of the changes below leave and enter.
    filter.search = searching ? QStringLiteral("测试") : QString();
    model.setFilter(filter);
    REQUIRE(shown(model) == reloaded(temp, filter, column, order));

    // Saves `m` and goes on from what was saved, as a form opened again would (a save names the
    // version it was read at).
    const auto save = [&](Member& m) {
        const ServiceResult result = ws.memberService().save(m);
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
        m.rowVersion = ws.members().get(result.id).rowVersion;
        model.upsertRow(*ws.members().rosterRow(result.id));
        CHECK(shown(model) == reloaded(temp, filter, column, order));
        return result.id;
    };
    const std::vector<RosterRow>& rows = model.allRows();
    const Member first = ws.members().get(rows[10].id);
    const Member second = ws.members().get(rows[200].id);
    const Member third = ws.members().get(rows[350].id);

    // The selection follows the member it was on.
    QItemSelectionModel selection(&model);
    const qint64 selectedId = searching ? 0 : first.id;
    if (!searching)
        selection.select(model.index(model.visibleRowOf(first.id), 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    Member m = first;
    m.phone = QStringLiteral("13900000001");
    save(m);
    m.name = QStringLiteral("测试甲"); // moves (by name), enters the search
    save(m);
    m.name = third.name; // a name someone else has: the tie goes by branch and id
    save(m);
    m = second;
    m.name = QStringLiteral("阿测试");
    m.orgId = third.orgId; // another branch: moves in roster order
    m.gridId = 0;
    save(m);
    m.name = QStringLiteral("左测试");
    save(m);
    REQUIRE(
        ws.memberService()
            .recordLeaving(second.id, temp.clock().today(), LeaveKind::TransferOut, QStringLiteral("调动"))
            .ok());
    model.upsertRow(*ws.members().rosterRow(second.id)); // leaves the shown rows
    CHECK(model.visibleRowOf(second.id) < 0);
    CHECK(shown(model) == reloaded(temp, filter, column, order));
    Member newcomer = newMemberLike(ws, third);
    const qint64 added = save(newcomer);
    CHECK(model.totalRows() == int(rows.size()));
    CHECK(model.visibleRowOf(added) >= 0);

    if (selectedId > 0) {
        const QModelIndexList selected = selection.selectedRows();
        REQUIRE(selected.size() == 1);
        CHECK(selected.first().data(RosterModel::MemberIdRole).toLongLong() == selectedId);
        CHECK(selected.first().row() == model.visibleRowOf(selectedId));
    }
}

TEST_CASE("A saved member's row and counts follow it in the window without reading everything again",
          "[gui][roster-updates]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    MainWindow window(ws, temp.path());
    window.show();
    auto* tree = qobject_cast<OrganisationTreeModel*>(window.treeView()->model());
    REQUIRE(tree);
    QAbstractItemModelTester treeTester(tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RosterPage* page = window.rosterPage();
    const auto countsMatchTheDatabase = [&] {
        OrganisationTreeModel fresh;
        fresh.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
        for (const Organisation& org : fresh.organisations())
            if (!(tree->subtreeCounts(org.id) == fresh.subtreeCounts(org.id)))
                return false;
        return tree->subtreeCounts(0) == fresh.subtreeCounts(0);
    };
    const RosterRow row = page->model()->rowAt(5);
    page->view()->selectRow(5);
    Member m = ws.members().get(row.id);
    REQUIRE(m.status == MemberStatus::Full);

    // Another branch and status: the counts move between two subtrees.
    const qint64 otherBranch = page->model()->rowAt(page->model()->rowCount() - 1).orgId;
    REQUIRE(otherBranch != m.orgId);
    m.orgId = otherBranch;
    m.gridId = 0;
    m.name = QStringLiteral("重新命名");
    REQUIRE(ws.memberService().save(m).ok());
    page->memberSaved(m.id);
    CHECK(countsMatchTheDatabase());
    const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(RosterModel::MemberIdRole).toLongLong() == m.id);

    // Leaving takes the member out of every count.
    REQUIRE(ws.memberService()
                .recordLeaving(m.id, temp.clock().today(), LeaveKind::Death, QStringLiteral("病故"))
                .ok());
    page->memberSaved(m.id);
    CHECK(countsMatchTheDatabase());
    CHECK(page->model()->visibleRowOf(m.id) < 0);
}
