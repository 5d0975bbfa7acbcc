#include "forms/MemberForm.h"
#include "forms/OrganisationForm.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "organisation/OrganisationPage.h"
#include "roster/RosterPage.h"
#include "storage/SqlDialect.h"
#include "TestSupport.h"
#include "undo/UndoHistory.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace partydesk;
using namespace partydesk::test;

namespace {

QString phoneInFile(const QSqlDatabase& db, qint64 memberId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT phone FROM member WHERE id = ?"));
    q.addBindValue(memberId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

// Every row of the member's record, as stored.
QStringList recordRows(const QSqlDatabase& db, qint64 memberId)
{
    QStringList rows;
    for (const QString& sql :
         {QStringLiteral("SELECT quote(name) || quote(id_number) || quote(phone) || quote(org_id) FROM "
                         "member WHERE id = %1"),
          QStringLiteral("SELECT quote(tag) FROM member_tag WHERE member_id = %1 ORDER BY tag"),
          QStringLiteral(
              "SELECT id || quote(kind) || quote(event_date) || quote(recorded_at) FROM member_event "
              "WHERE member_id = %1 ORDER BY id"),
          QStringLiteral(
              "SELECT meeting_id || quote(status) || quote(reason) FROM attendance WHERE member_id = %1 "
              "ORDER BY meeting_id")}) {
        QSqlQuery q(db);
        // quote() is SQLite's; the server's own shows NULL and text the same way.
        const QString quoted =
            onServer(db) ? QString(sql).replace(QStringLiteral("quote("), QStringLiteral("quote_nullable("))
                         : sql;
        REQUIRE(q.exec(quoted.arg(memberId)));
        while (q.next())
            rows << q.value(0).toString();
    }
    return rows;
}

// One Esc, as the keyboard sends it to the form.
void pressEscape(QWidget* form)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(form, &press);
}

void pressShortcut(QWidget* window, QKeyCombination keys)
{
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, keys.key(), keys.keyboardModifiers());
}

// Clicks the button of the message box (by object name, or by role) once it shows.
void answerMessageBox(const char* objectName, QMessageBox::ButtonRole role, QString* text = nullptr)
{
    onModalDialog(
        [=](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            REQUIRE(box);
            if (text)
                *text = box->text();
            if (objectName) {
                QTest::mouseClick(child<QPushButton>(box, objectName), Qt::LeftButton);
                return;
            }
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == role) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            FAIL("no such button");
        },
        "QMessageBox");
}

} // namespace

TEST_CASE("A clerk edits and deletes members on the roster and undoes and redoes each step", "[undo][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    RosterPage* page = window.rosterPage();
    QAction* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    QAction* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled());

    page->view()->selectRow(0);
    const qint64 id = page->model()->index(0, 0).data(RosterModel::MemberIdRole).toLongLong();
    const QString name = page->model()->index(0, RosterModel::NameColumn).data().toString();
    const QString oldPhone = phoneInFile(temp.db(), id);
    const QStringList original = recordRows(temp.db(), id);

    // The form's save is one step.
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "phoneEdit", QStringLiteral("13975100000"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "editMemberButton"), Qt::LeftButton);
    CHECK(phoneInFile(temp.db(), id) == QStringLiteral("13975100000"));
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Undo Save %1").arg(name));

    pressShortcut(&window, Qt::CTRL | Qt::Key_Z);
    CHECK(phoneInFile(temp.db(), id) == oldPhone);
    CHECK(recordRows(temp.db(), id) == original);
    const int row = page->model()->visibleRowOf(id);
    REQUIRE(row >= 0);
    CHECK(page->model()->index(row, RosterModel::PhoneColumn).data().toString() !=
          QStringLiteral("13975100000"));
    CHECK(redo->text() == QStringLiteral("Redo Save %1").arg(name));

    pressShortcut(&window, Qt::CTRL | Qt::Key_Y);
    CHECK(phoneInFile(temp.db(), id) == QStringLiteral("13975100000"));
    pressShortcut(&window, Qt::CTRL | Qt::Key_Z);
    CHECK(recordRows(temp.db(), id) == original);

    // Deleting asks, says what deleting is for, and is undone to the same rows with the same id.
    const int total = page->model()->totalRows();
    page->view()->selectRow(page->model()->visibleRowOf(id));
    QString question;
    answerMessageBox("confirmDeleteButton", QMessageBox::DestructiveRole, &question);
    QTest::mouseClick(child<QPushButton>(page, "deleteMemberButton"), Qt::LeftButton);
    CHECK(question.contains(name));
    CHECK(temp.workspace().members().get(id).id == 0);
    CHECK(page->model()->totalRows() == total - 1);
    CHECK(undo->text() == QStringLiteral("Undo Delete %1").arg(name));

    undo->trigger();
    CHECK(recordRows(temp.db(), id) == original);
    CHECK(page->model()->totalRows() == total);
    CHECK(page->model()->findRow(id) != nullptr);

    // Redo deletes again. Meanwhile someone enters the same person again: the undo is refused with a
    // message, nothing is written, and the step leaves the history.
    const Member saved = temp.workspace().members().get(id);
    redo->trigger();
    CHECK(temp.workspace().members().get(id).id == 0);
    Member again = saved;
    again.id = 0;
    again.name = saved.name + QStringLiteral("（重录）");
    const ServiceResult reentered = temp.workspace().memberService().save(again);
    REQUIRE(reentered.ok());
    QString refusal;
    answerMessageBox(nullptr, QMessageBox::AcceptRole, &refusal);
    undo->trigger();
    QTest::qWait(200);
    CHECK(refusal.contains(saved.name));
    CHECK(temp.workspace().members().get(id).id == (reentered.id == id ? id : 0));
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(redo->isEnabled());
    CHECK(temp.workspace().members().get(reentered.id).name == again.name);
}

TEST_CASE("A branch added by mistake is deleted on the organisation page; undo and redo follow in the tree",
          "[undo][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    OrganisationPage* page = window.organisationPage();
    const qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    window.selectOrganisation(community);
    window.showPage(MainWindow::Page::Organisation);
    QAction* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(undo);

    // A branch with groups and meetings is not deleted; the message says what is there.
    const QModelIndex firstBranch =
        window.treeView()->model()->index(0, 0, window.treeView()->currentIndex());
    window.selectOrganisation(firstBranch.data(OrganisationTreeModel::OrgIdRole).toLongLong());
    QString refusal;
    answerMessageBox("confirmDeleteButton", QMessageBox::DestructiveRole);
    QTimer warning; // the refusal that follows the confirmation
    warning.setInterval(20);
    QObject::connect(&warning, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() != QLatin1String("deleteOrganisationBox")) {
            warning.stop();
            refusal = box->text();
            box->accept();
        }
    });
    warning.start();
    QTest::mouseClick(child<QPushButton>(page, "deleteOrganisationButton"), Qt::LeftButton);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QStringLiteral("below it")));
    CHECK(refusal.contains(QStringLiteral("meeting record")));
    CHECK_FALSE(undo->isEnabled());

    window.selectOrganisation(community);
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "orgNameEdit", QStringLiteral("误建网格党支部"));
        choose(dialog, "orgTypeCombo", QStringLiteral("Grid branch"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "addOrganisationButton"), Qt::LeftButton);
    const qint64 added =
        window.treeView()->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong();
    REQUIRE(temp.workspace().organisations().get(added).name == QStringLiteral("误建网格党支部"));
    CHECK(undo->text() == QStringLiteral("Undo Save 误建网格党支部"));

    answerMessageBox("confirmDeleteButton", QMessageBox::DestructiveRole);
    QTest::mouseClick(child<QPushButton>(page, "deleteOrganisationButton"), Qt::LeftButton);
    CHECK(temp.workspace().organisations().get(added).id == 0);
    CHECK_FALSE(window.treeView()
                    ->model()
                    ->match(window.treeView()->model()->index(0, 0), OrganisationTreeModel::OrgIdRole, added,
                            1, Qt::MatchRecursive)
                    .size());
    CHECK(undo->text() == QStringLiteral("Undo Delete 误建网格党支部"));

    undo->trigger(); // the deletion: back in the tree, selected
    CHECK(temp.workspace().organisations().get(added).name == QStringLiteral("误建网格党支部"));
    CHECK(window.treeView()->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong() == added);
    undo->trigger(); // the addition
    CHECK(temp.workspace().organisations().get(added).id == 0);
    CHECK(window.treeView()->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong() == community);

    // A grid added on the page is a step too.
    const int grids = int(temp.workspace().organisations().grids(community).size());
    onModalDialog([](QWidget* dialog) {
        typeInto(dialog, "gridCodeEdit", QStringLiteral("W99"));
        typeInto(dialog, "gridNameEdit", QStringLiteral("误建网格"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(page, "addGridButton"), Qt::LeftButton);
    REQUIRE(temp.workspace().organisations().grids(community).size() == grids + 1);
    const qint64 gridId = temp.workspace().organisations().grids(community).constLast().id;
    CHECK(undo->text() == QStringLiteral("Undo Save 误建网格"));
    undo->trigger();
    CHECK(temp.workspace().organisations().grids(community).size() == grids);
    window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    REQUIRE(temp.workspace().organisations().grids(community).size() == grids + 1);
    CHECK(temp.workspace().organisations().grids(community).constLast().id == gridId);
}

TEST_CASE("Esc on a changed form asks to save, discard or stay; on an unchanged form it just closes",
          "[undo][gui]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const QList<Organisation> organisations = ws.organisations().all();
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const Member member = ws.members().get(q.value(0).toLongLong());

    SECTION("Unchanged: no question")
    {
        MemberForm form(ws, organisations, member);
        form.show();
        // Closes a question if one comes (it must not); gone with this section.
        bool asked = false;
        QTimer guard;
        guard.setInterval(20);
        QObject::connect(&guard, &QTimer::timeout, [&] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                asked = true;
                dialog->close();
            }
        });
        guard.start();
        pressEscape(&form);
        QTest::qWait(60);
        CHECK_FALSE(asked);
        CHECK_FALSE(form.isVisible());
        CHECK(form.result() == QDialog::Rejected);

        OrganisationForm orgForm(ws, organisations, organisations.first());
        orgForm.show();
        pressEscape(&orgForm);
        CHECK_FALSE(orgForm.isVisible());
    }

    SECTION("Changed: Cancel stays, Discard closes without saving, Save saves")
    {
        MemberForm form(ws, organisations, member);
        form.show();
        typeInto(&form, "phoneEdit", QStringLiteral("13975122222"));

        answerMessageBox(nullptr, QMessageBox::RejectRole);
        pressEscape(&form);
        CHECK(form.isVisible());

        answerMessageBox(nullptr, QMessageBox::DestructiveRole);
        pressEscape(&form);
        CHECK_FALSE(form.isVisible());
        CHECK(ws.members().get(member.id).phone == member.phone);

        MemberForm again(ws, organisations, member);
        again.show();
        typeInto(&again, "phoneEdit", QStringLiteral("13975133333"));
        answerMessageBox(nullptr, QMessageBox::AcceptRole);
        pressEscape(&again);
        CHECK_FALSE(again.isVisible());
        CHECK(again.result() == QDialog::Accepted);
        CHECK(ws.members().get(member.id).phone == QStringLiteral("13975133333"));
    }
}

TEST_CASE("A leaving recorded by mistake is reversed from the member's form, with a reason", "[undo][gui]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    REQUIRE(ws.memberService().recordLeaving(id, QDate(2026, 11, 2), LeaveKind::TransferOut, QString()).ok());

    MemberForm form(ws, ws.organisations().all(), ws.members().get(id));
    form.show();
    onModalDialog(
        [](QWidget* dialog) {
            // Without a reason it is refused and stays open.
            QTest::mouseClick(child<QPushButton>(dialog, "reverseLeavingOk"), Qt::LeftButton);
            CHECK(dialog->isVisible());
            typeInto(dialog, "reverseReasonEdit", QStringLiteral("转出登记有误"));
            QTest::mouseClick(child<QPushButton>(dialog, "reverseLeavingOk"), Qt::LeftButton);
        },
        "partydesk::ReverseLeavingDialog");
    QTest::mouseClick(child<QPushButton>(&form, "reverseLeavingButton"), Qt::LeftButton);
    CHECK(form.result() == MemberForm::LeavingReversed);
    CHECK_FALSE(ws.members().get(id).hasLeft());
    CHECK(ws.members().events(id).constLast().reason == QStringLiteral("转出登记有误"));
}
