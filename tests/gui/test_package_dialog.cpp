// 文件 → 数据包: the community's clerk and the street's exchange keys once by typing them in, the
// community writes its year to a file, and the street opens it, reads what it would change and imports
// it, with the window's buttons and file dialogs.

#include "domain/Organisation.h"
#include "GuiTestSupport.h"
#include "package/PackageCountsModel.h"
#include "package/PackageDialog.h"
#include "package/PackageKeysPanel.h"
#include "package/PackageKinds.h"
#include "package/PackageReceivePanel.h"
#include "package/PackageSendPanel.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

int countOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// The row of the counts table for `kind` (as the table shows it), as new, changed, same, left.
QList<int> countsShown(const PackageCountsModel* model, const QString& kind)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, PackageCountsModel::Kind).data().toString() == kind) {
            QList<int> counts;
            for (int column = PackageCountsModel::Added; column <= PackageCountsModel::Left; ++column)
                counts << model->index(row, column).data().toInt();
            return counts;
        }
    return {};
}

void click(QWidget* parent, const char* button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

} // namespace

TEST_CASE("Data packages in the window: keys typed in, the year written, opened and imported by the street",
          "[gui][package]")
{
    TempWorkspace community(true);
    TempWorkspace street(false);
    Organisation node;
    node.name = QStringLiteral("东风街道党工委");
    node.type = OrgType::StreetCommittee;
    REQUIRE(street.workspace().organisationService().saveOrganisation(node).id > 0);
    QTemporaryDir dir;

    PackageDialog atCommunity(community.workspace());
    PackageDialog atStreet(street.workspace());
    atCommunity.show();
    atStreet.show();
    PackageKeysPanel* communityKeys = atCommunity.keysPanel();
    PackageKeysPanel* streetKeys = atStreet.keysPanel();
    const QString streetReceives = child<QLineEdit>(streetKeys, "receivingKey")->text();
    const QString communitySigns = child<QLineEdit>(communityKeys, "signingKey")->text();
    REQUIRE(streetReceives.size() == 44);
    REQUIRE(communitySigns.size() == 44);

    // Nothing to send to yet: the button waits for a recipient.
    PackageSendPanel* send = atCommunity.sendPanel();
    CHECK_FALSE(child<QPushButton>(send, "writePackage")->isEnabled());

    // A key mistyped is refused in Chinese; the right one is taken and offered on the sending page.
    typeInto(communityKeys, "recipientName", QStringLiteral("东风街道"));
    typeInto(communityKeys, "recipientKey", streetReceives.left(40));
    click(communityKeys, "recipientAdd");
    const QString refused = child<QLabel>(communityKeys, "keysResult")->text();
    INFO(refused.toStdString());
    CHECK(refused == QCoreApplication::translate(
                         "PackageKeys", "This is not a package key: copy the whole key (44 characters) "
                                        "as the recipient's workspace shows it."));
    CHECK(child<QComboBox>(send, "packageRecipient")->count() == 0);
    typeInto(communityKeys, "recipientKey", streetReceives);
    click(communityKeys, "recipientAdd");
    CHECK(child<QLabel>(communityKeys, "recipientList")->text() == QStringLiteral("东风街道"));
    CHECK(child<QComboBox>(send, "packageRecipient")->currentText() == QStringLiteral("东风街道"));

    typeInto(streetKeys, "senderName", QStringLiteral("和平社区"));
    typeInto(streetKeys, "senderKey", communitySigns);
    click(streetKeys, "senderAdd");
    CHECK(child<QLabel>(streetKeys, "senderList")->text() == QStringLiteral("和平社区"));

    // The community writes its year through the save dialog.
    child<QSpinBox>(send, "packageYear")->setValue(2026);
    const QString file = dir.filePath(QStringLiteral("和平社区-2026.pdpkg"));
    answerSaveDialog(file);
    click(send, "writePackage");
    INFO(child<QLabel>(send, "sendResult")->text().toStdString());
    REQUIRE(QFile::exists(file));

    // The street opens it through the open dialog and reads what it would change.
    PackageReceivePanel* receive = atStreet.receivePanel();
    QAbstractItemModelTester tester(receive->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    answerSaveDialog(file);
    click(receive, "openPackage");
    INFO(child<QLabel>(receive, "receiveResult")->text().toStdString());
    const int members = countOf(community.db(), QStringLiteral("member"));
    CHECK(countsShown(receive->model(), PackageKinds::plural(QStringLiteral("member"))) ==
          QList<int>{members, 0, 0, 0});
    CHECK(countsShown(receive->model(), PackageKinds::plural(QStringLiteral("cogov_need"))) ==
          QList<int>{countOf(community.db(), QStringLiteral("cogov_need")), 0, 0, 0});
    CHECK(child<QComboBox>(receive, "packageUnder")->currentText() == QStringLiteral("东风街道党工委"));
    CHECK(child<QLabel>(receive, "packageNotes")->text().contains(QStringLiteral("东风街道党工委")));
    CHECK(countOf(street.db(), QStringLiteral("member")) == 0);

    QSignalSpy imported(&atStreet, &PackageDialog::imported);
    click(receive, "importPackage");
    INFO(child<QLabel>(receive, "receiveResult")->text().toStdString());
    CHECK(imported.count() == 1);
    CHECK(countOf(street.db(), QStringLiteral("member")) == members);
    CHECK(countOf(street.db(), QStringLiteral("cogov_need")) ==
          countOf(community.db(), QStringLiteral("cogov_need")));
    CHECK_FALSE(child<QPushButton>(receive, "importPackage")->isEnabled());

    // Opened again: already imported, nothing to do.
    CHECK(receive->openFile(file));
    CHECK(countsShown(receive->model(), PackageKinds::plural(QStringLiteral("member"))) ==
          QList<int>{0, 0, members, 0});
    CHECK(child<QLabel>(receive, "packageNotes")
              ->text()
              .contains(
                  QCoreApplication::translate("PackageImport", "This package has already been imported.")));
    CHECK_FALSE(child<QPushButton>(receive, "importPackage")->isEnabled());

    // A file that is not a package says so.
    const QString other = dir.filePath(QStringLiteral("not-a-package.pdpkg"));
    QFile junk(other);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("PK\x03\x04 not a package");
    junk.close();
    CHECK_FALSE(receive->openFile(other));
    CHECK(child<QLabel>(receive, "receiveResult")->text() ==
          QCoreApplication::translate("PackageEnvelope", "This is not a PartyDesk data package (.pdpkg)."));
    CHECK(receive->model()->rowCount() == 0);
}
