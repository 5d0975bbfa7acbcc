#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "TestSupport.h"
#include "transfers/TransferListModel.h"
#include "transfers/TransferReport.h"
#include "transfers/TransferService.h"
#include "transfers/TransfersPage.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

void chooseData(QWidget* dialog, const char* objectName, qint64 id)
{
    auto* combo = child<QComboBox>(dialog, objectName);
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void clickSave(QWidget* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

bool lists(const QList<ExpectedMember>& expected, qint64 memberId)
{
    for (const ExpectedMember& e : expected)
        if (e.memberId == memberId)
            return true;
    return false;
}

void clickRow(QTableView* view, int row)
{
    const QModelIndex index = view->model()->index(row, TransferListModel::NameColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

TEST_CASE("The demo's transfers: every direction, one waiting for its receipt in red", "[gui][transfers]")
{
    TempWorkspace temp(true); // today 2026-11-15
    Workspace& ws = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
    TransfersPage page(ws, tree);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    TransferListModel* model = page.model();
    REQUIRE(model->rowCount() == 7); // four out, one in, two within
    int out = 0, in = 0, within = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Transfer* t = model->transferAt(row);
        out += t->direction == TransferDirection::Out;
        in += t->direction == TransferDirection::In;
        within += t->direction == TransferDirection::Within;
    }
    CHECK(out == 4);
    CHECK(in == 1);
    CHECK(within == 2);
    CHECK(child<QLabel>(&page, "waitingReceipts")->text().contains(QStringLiteral("1 transfer(s) out")));

    page.showWaitingReceipts();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex receipt = model->index(0, TransferListModel::ReceiptColumn);
    CHECK(receipt.data().toString() == QStringLiteral("No receipt"));
    CHECK(receipt.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xc0, 0x1c, 0x1c));
    CHECK(receipt.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 months")));
    // Older than three calendar months (2026-08-15 and before).
    CHECK(model->transferAt(0)->date <= QDate(2026, 8, 15));

    // A home page line opens the page on its transfer, selected.
    const qint64 waitingId = model->transferAt(0)->id;
    page.showTransfer(waitingId);
    CHECK(model->rowCount() == 7);
    const QModelIndexList selected =
        child<QTableView>(&page, "transfersView")->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(model->transferAt(selected.first().row())->id == waitingId);
    CHECK(child<QPushButton>(&page, "recordReceiptButton")->isEnabled());

    // The recent one without a receipt is listed among the transfers out, not red.
    child<QComboBox>(&page, "directionFilter")->setCurrentIndex(1);
    REQUIRE(model->rowCount() == 4);
    int notDue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex cell = model->index(row, TransferListModel::ReceiptColumn);
        if (!model->transferAt(row)->receiptOn.isValid() && !cell.data(Qt::ForegroundRole).isValid())
            ++notDue;
    }
    CHECK(notDue == 1);

    // The register as exported: the rows listed.
    const TableReport report = page.report();
    CHECK(report.rowCount == 4);
    CHECK(report.cell(0, 2).toString() == QStringLiteral("Transfer out"));
}

TEST_CASE("A clerk moves a member between branches by clicking, then records a receipt", "[gui][transfers]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
    QList<qint64> branches;
    for (const Organisation& org : ws.organisations().all())
        if (org.type == OrgType::GridBranch)
            branches << org.id;
    REQUIRE(branches.size() >= 2);
    const qint64 from = branches[0], to = branches[1];
    qint64 mover = 0;
    for (const RosterRow& row : ws.members().roster(subtreeIds(ws.organisations().all(), from)))
        if (!row.leftOn.isValid() && isPartyMember(row.status) &&
            row.category == MemberCategory::Registered) {
            mover = row.id;
            break;
        }
    REQUIRE(mover > 0);
    const qint64 moverOrg = ws.members().get(mover).orgId; // the branch or one of its Party groups
    const int countFromBefore = tree.subtreeCounts(from).partyMembers();
    const int countToBefore = tree.subtreeCounts(to).partyMembers();

    TransfersPage page(ws, tree);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setOrganisation(from);
    page.show();
    const int rowsBefore = page.model()->rowCount();

    bool refusedFirst = false;
    onModalDialog([&](QWidget* dialog) {
        chooseData(dialog, "transferMemberCombo", mover);
        chooseData(dialog, "toBranchCombo", from); // the member's own branch: refused beside the field
        typeInto(dialog, "transferDateEdit", QStringLiteral("2026-11-10"));
        clickSave(dialog);
        auto* error = child<QLabel>(dialog, "toOrgError");
        refusedFirst = error->isVisibleTo(dialog) && !error->text().isEmpty();
        chooseData(dialog, "toBranchCombo", to);
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "moveWithinButton"), Qt::LeftButton);
    CHECK(refusedFirst);

    const Member moved = ws.members().get(mover);
    CHECK(moved.orgId == to);
    const TransferService service = transferService(ws);
    const QList<Transfer> history = service.transfers().forMember(mover);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().direction == TransferDirection::Within);
    CHECK(history.last().date == QDate(2026, 11, 10));
    CHECK(history.last().fromOrgId == moverOrg);
    // Listed on the page of the old branch, the tree's counts follow.
    CHECK(page.model()->rowCount() == rowsBefore + 1);
    CHECK(tree.subtreeCounts(from).partyMembers() == countFromBefore - 1);
    CHECK(tree.subtreeCounts(to).partyMembers() == countToBefore + 1);
    CHECK(ws.meetings().expectedMembers(from, QDate(2026, 11, 9)).size() > 0);

    // The receipt of the transfer waiting for it, over the whole tree.
    page.setOrganisation(0);
    page.showWaitingReceipts();
    REQUIRE(page.model()->rowCount() == 1);
    const qint64 waiting = page.model()->transferAt(0)->id;
    auto* view = child<QTableView>(&page, "transfersView");
    auto* receiptButton = child<QPushButton>(&page, "recordReceiptButton");
    CHECK_FALSE(receiptButton->isEnabled()); // nothing selected yet
    clickRow(view, 0);
    REQUIRE(receiptButton->isEnabled());
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "receiptDateEdit", QStringLiteral("2026-11-12"));
        clickSave(dialog);
    });
    QTest::mouseClick(receiptButton, Qt::LeftButton);
    CHECK(service.transfers().get(waiting).receiptOn == QDate(2026, 11, 12));
    CHECK(page.model()->rowCount() == 0); // nothing waits any more
    CHECK(service.transfers().waitingReceiptCount(QDate(2026, 11, 15)) == 0);

    // The move was a mistake: taken back after a question, the member is in the old branch again.
    page.setOrganisation(from);
    child<QComboBox>(&page, "directionFilter")->setCurrentIndex(3); // moves between branches
    const int moveRow = page.model()->rowOf(history.last().id);
    REQUIRE(moveRow >= 0);
    clickRow(view, moveRow);
    onModalDialog([](QWidget* box) { static_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click(); },
                  "QMessageBox");
    QTest::mouseClick(child<QPushButton>(&page, "cancelTransferButton"), Qt::LeftButton);
    CHECK(ws.members().get(mover).orgId == moverOrg);
    CHECK(service.transfers().get(history.last().id).id == 0);
    CHECK(tree.subtreeCounts(from).partyMembers() == countFromBefore);
}

TEST_CASE("A clerk enters a member transferred in, with the letter, into the branch chosen in the tree",
          "[gui][transfers]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const int countBefore = tree.subtreeCounts(branch).partyMembers();
    TransfersPage page(ws, tree);
    page.setOrganisation(branch);
    page.show();
    onModalDialog([&](QWidget* dialog) {
        CHECK(child<QComboBox>(dialog, "branchCombo")->currentData().toLongLong() == branch); // preset
        typeInto(dialog, "nameEdit", QStringLiteral("迁入者"));
        typeInto(dialog, "idNumberEdit", QStringLiteral("11010519491231002x")); // fills birth date and sex
        typeInto(dialog, "joinedOnEdit", QStringLiteral("1972-07-01"));
        typeInto(dialog, "fullOnEdit", QStringLiteral("1973-07-01"));
        typeInto(dialog, "transferDateEdit", QStringLiteral("2026-11-02"));
        clickSave(dialog); // where from is missing: refused beside the field
        auto* error = child<QLabel>(dialog, "counterpartError");
        CHECK(error->isVisibleTo(dialog));
        typeInto(dialog, "counterpartEdit", QStringLiteral("某区某街道党工委"));
        typeInto(dialog, "letterNoEdit", QStringLiteral("2026-88"));
        clickSave(dialog);
    });
    QTest::mouseClick(child<QPushButton>(&page, "transferInButton"), Qt::LeftButton);

    REQUIRE(page.model()->rowCount() >= 1);
    const Transfer t = *page.model()->transferAt(0); // newest first
    CHECK(t.direction == TransferDirection::In);
    CHECK(t.memberName == QStringLiteral("迁入者"));
    CHECK(t.letterNo == QStringLiteral("2026-88"));
    const Member m = ws.members().get(t.memberId);
    CHECK(m.orgId == branch);
    CHECK(m.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(m.birthDate == QDate(1949, 12, 31));
    CHECK(m.sex == Sex::Female);
    CHECK(tree.subtreeCounts(branch).partyMembers() == countBefore + 1);
    CHECK(lists(ws.meetings().expectedMembers(branch, QDate(2026, 11, 2)), m.id));
    CHECK_FALSE(lists(ws.meetings().expectedMembers(branch, QDate(2026, 11, 1)), m.id));
}
