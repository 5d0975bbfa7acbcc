#include "backup/BackupDialog.h"
#include "backup/BackupTableModel.h"
#include "backup/StartOfDayBackup.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "unit/BackupTestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("Backups and Restore: back up now adds a verified row; restore brings the file back",
          "[file][backup][gui]")
{
    TempWorkspace temp(true);
    BackupDialog dialog(temp.workspace(), temp.path());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    auto* table = child<QTableView>(&dialog, "backupTable");
    auto* warning = child<QLabel>(&dialog, "backupWarning");
    REQUIRE(table->model()->rowCount() == 0);
    CHECK(warning->isVisible()); // no good backup yet

    QTest::mouseClick(child<QPushButton>(&dialog, "backupNowButton"), Qt::LeftButton);
    REQUIRE(table->model()->rowCount() == 1);
    const QModelIndex first = table->model()->index(0, BackupTableModel::VerifiedColumn);
    CHECK(first.data().toString() == BackupTableModel::tr("yes"));
    QSqlQuery count(temp.db());
    REQUIRE(
        (count.exec(QStringLiteral("SELECT count(*) FROM member WHERE left_on IS NULL")) && count.next()));
    CHECK(table->model()->index(0, BackupTableModel::MembersColumn).data().toInt() == count.value(0).toInt());
    CHECK_FALSE(warning->isVisible());
    CHECK(child<QLabel>(&dialog, "backupResult")->text().contains(QStringLiteral("backups")));

    // The counts rotation keeps are stored in the workspace, where the command line reads them too.
    child<QSpinBox>(&dialog, "keepDaily")->setValue(3);
    INFO(child<QLabel>(&dialog, "backupResult")->text().toStdString());
    CHECK(BackupSettings::load(temp.db()).policy.daily == 3);

    const QString renamed = renameFirstMember(temp.db());

    bool restored = false;
    QObject::connect(&dialog, &BackupDialog::workspaceRestored, [&restored] { restored = true; });
    table->selectRow(0);
    onModalDialog(
        [](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            REQUIRE(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        },
        "QMessageBox");
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
    CHECK(restored);
    INFO(child<QLabel>(&dialog, "backupResult")->text().toStdString());
    REQUIRE(temp.db().isOpen());
    CHECK(membersNamed(temp.db(), renamed) == 0);
    CHECK(table->model()->rowCount() == 2); // the backup taken before the restore is listed
    CHECK(BackupSettings::load(temp.db()).policy.daily == 3);
}

TEST_CASE("The first start of the day backs up in the background, once a day", "[file][backup][gui]")
{
    TempWorkspace temp(true);
    const QString folder = BackupSettings::defaultFolder(temp.path());
    const auto startAndWait = [&] {
        StartOfDayBackup backup(temp.path(), BackupSettings::load(temp.db()));
        QString message;
        bool warning = true;
        bool done = false;
        QObject::connect(&backup, &StartOfDayBackup::finished, [&](const QString& m, bool w) {
            message = m;
            warning = w;
            done = true;
        });
        backup.start();
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        REQUIRE(done);
        CHECK_FALSE(warning);
        CHECK(message.contains(QDate::currentDate().toString(Qt::ISODate)));
    };
    startAndWait();
    QList<BackupEntry> entries = BackupCatalogue::list(folder, temp.path(), false);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().name.reason == BackupReason::Daily);
    startAndWait(); // a second start the same day takes none
    CHECK(BackupCatalogue::list(folder, temp.path(), false).size() == 1);
}
