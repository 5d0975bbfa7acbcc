// 文件 → 连接服务器: the clerk types where the server is and who signs in, tests the connection and
// reads in Chinese what went wrong. Run against the tests' server ([server]; see TestServer).

#include "GuiTestSupport.h"
#include "server/ServerConnectDialog.h"
#include "storage/ServerAddress.h"
#include "TestServer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("Connecting to the server: a typed address is tested, a wrong database is named", "[server][gui]")
{
    TempWorkspace temp; // a database of its own on the tests' server
    QString error;
    const ServerAddress address = ServerAddress::parse(temp.path(), &error);
    REQUIRE(error.isEmpty());

    ServerConnectDialog dialog;
    dialog.show();
    typeInto(&dialog, "serverHost", address.host);
    child<QSpinBox>(&dialog, "serverPort")->setValue(address.port);
    typeInto(&dialog, "serverDatabase", QStringLiteral("no_such_workspace"));
    typeInto(&dialog, "serverUser", address.user);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    const QString refused = child<QLabel>(&dialog, "serverResult")->text();
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("no_such_workspace")));

    auto* database = child<QLineEdit>(&dialog, "serverDatabase");
    database->clear();
    typeText(database, address.database);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    CHECK(child<QLabel>(&dialog, "serverResult")->text() ==
          ServerConnectDialog::tr("The server answered and accepted the sign-in."));
    // What the new window is started with.
    CHECK(dialog.url() == address.url());
}
