#include "audit/AuditPage.h"
#include "audit/AuditTrailModel.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "security/InactivityLock.h"
#include "security/SessionStart.h"
#include "security/SignInDialog.h"
#include "storage/SqlDialect.h"
#include "TestSupport.h"
#include "unit/SecurityTestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

void typePassword(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, objectName);
    edit->clear();
    typeText(edit, text); // Chinese through the input method, as typeInto does
}

QAction* actionNamed(QMainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("A user signs in by typing; a wrong password is refused beside the fields", "[gui][security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addStaff(ws);
    ws.security().signOut();

    bool sawRefusal = false;
    onModalDialog([&](QWidget* dialog) {
        typeInto(dialog, "userName", QString::fromUtf8(Staff::officer));
        typePassword(dialog, "password", QStringLiteral("not-the-password"));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        CHECK(QApplication::activeModalWidget() == dialog);
        CHECK_FALSE(child<QLabel>(dialog, "signInMessage")->text().isEmpty());
        CHECK(child<QLineEdit>(dialog, "password")->text().isEmpty());
        sawRefusal = true;

        typePassword(dialog, "password", Staff::password(Staff::officer));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    });
    SignInDialog dialog(ws.security(), SignInDialog::Purpose::SignIn);
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(sawRefusal);
    CHECK(ws.session().user().name == QString::fromUtf8(Staff::officer));
    CHECK(ws.session().user().role == Role::Officer);
    CHECK(ws.audit().count(QStringLiteral("sign_in.failed")) == 1);
}

TEST_CASE("The first start of a new workspace creates its secretary / administrator and signs in",
          "[gui][security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    onModalDialog(
        [&](QWidget* dialog) {
            typeInto(dialog, "adminName", QStringLiteral("王书记"));
            typePassword(dialog, "adminPassword", QStringLiteral("dangjian-2026"));
            typePassword(dialog, "adminPasswordRepeat", QStringLiteral("dangjian-2026"));
            QTest::mouseClick(child<QPushButton>(dialog, "createAdminButton"), Qt::LeftButton);
        },
        "partydesk::FirstUserDialog");
    CHECK(startSession(ws, true));
    CHECK(SecurityService::readSetting(temp.db()) == SignInSetting::On);
    CHECK(ws.session().signInRequired());
    CHECK(ws.session().user().name == QStringLiteral("王书记"));
    CHECK(ws.session().user().role == Role::Admin);
}

TEST_CASE("The main window offers a viewer neither editing nor the audit trail", "[gui][security]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    addStaff(ws);
    signInAs(ws, Staff::viewer);
    MainWindow window(ws, temp.path());
    CHECK_FALSE(actionNamed(window, QStringLiteral("&Add member…"))->isEnabled());
    CHECK_FALSE(actionNamed(window, QStringLiteral("Export the roster to E&xcel…"))->isEnabled());
    CHECK(actionNamed(window, QStringLiteral("&Print the roster…"))->isEnabled());
    CHECK_FALSE(actionNamed(window, QStringLiteral("&Audit trail…"))->isEnabled());
    CHECK(window.windowTitle().contains(QString::fromUtf8(Staff::viewer)));
}

TEST_CASE("The lock screen lets another user sign in instead, and the window follows their role",
          "[gui][security]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    addStaff(ws);
    signInAs(ws, Staff::viewer);
    MainWindow window(ws, temp.path());
    window.show();
    InactivityLock lock(ws, &window);
    onModalDialog([&](QWidget* dialog) {
        // The same user's name is filled in and fixed until "Another user…".
        CHECK(child<QLineEdit>(dialog, "userName")->text() == QString::fromUtf8(Staff::viewer));
        CHECK(child<QLineEdit>(dialog, "userName")->isReadOnly());
        CHECK_FALSE(window.centralWidget()->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "anotherUserButton"), Qt::LeftButton);
        typeInto(dialog, "userName", QString::fromUtf8(Staff::admin));
        typePassword(dialog, "password", Staff::password(Staff::admin));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    });
    bool changed = false;
    QObject::connect(&lock, &InactivityLock::userChanged, [&] { changed = true; });
    lock.lockNow();
    CHECK(changed);
    CHECK(window.centralWidget()->isVisible());
    CHECK(ws.session().user().name == QString::fromUtf8(Staff::admin));
    CHECK(ws.audit().count(QStringLiteral("lock")) == 1);
}

TEST_CASE("The audit page filters, verifies the chain in words and exports what it shows", "[gui][audit]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addStaff(ws);
    signInAs(ws, Staff::officer);
    signInAs(ws, Staff::admin);

    AuditPage page(ws);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == int(ws.audit().entries().size()));
    choose(&page, "auditUser", QString::fromUtf8(Staff::officer));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, AuditTrailModel::ActionColumn).data().toString() ==
          QStringLiteral("Signed in"));

    QTest::mouseClick(child<QPushButton>(&page, "verifyButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&page, "verifyResult")->text().contains(QStringLiteral("intact")));

    const QString xlsx = temp.filePath(QStringLiteral("audit.xlsx"));
    CHECK(page.exportTo(xlsx).isEmpty());
    CHECK(QFileInfo(xlsx).size() > 0);

    // Someone edits the file behind PartyDesk's back.
    QSqlQuery(temp.db()).exec(onServer(temp.db())
                                  ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_guarded")
                                  : QStringLiteral("DROP TRIGGER audit_log_no_update"));
    REQUIRE(QSqlQuery(temp.db()).exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
    QTest::mouseClick(child<QPushButton>(&page, "verifyButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&page, "verifyResult")->text().contains(QStringLiteral("no. 2")));
}
