// Every file written from a page is allowed by the user's role and recorded in the audit trail.
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "statistics/StatisticsPage.h"
#include "TestSupport.h"
#include "unit/SecurityTestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("Statistics exported from the page are recorded; a viewer's export is refused with the reason",
          "[gui][audit][export]")
{
    TempWorkspace temp(true);
    addStaff(temp.workspace());
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.selectOrganisation(temp.firstOrganisation(OrgType::GridBranch));
    window.showPage(MainWindow::Page::Statistics);
    QTemporaryDir dir;

    const int before = temp.workspace().audit().count(QStringLiteral("export"));
    const QString path = dir.filePath(QStringLiteral("statistics.xlsx"));
    answerSaveDialog(path);
    window.statisticsPage()->exportToExcel();
    REQUIRE(QFile::exists(path));
    CHECK(temp.workspace().audit().count(QStringLiteral("export")) == before + 1);
    // The export ends in its message (打开文件 / 打开所在文件夹), which waits without blocking.
    auto* written = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    REQUIRE(written);
    CHECK(written->objectName() == QStringLiteral("fileWrittenMessage"));
    written->close();

    signInAs(temp.workspace(), Staff::viewer);
    const QString refused = dir.filePath(QStringLiteral("viewer.xlsx"));
    QString shown;
    onModalDialog(
        [&](QWidget* box) {
            auto* message = qobject_cast<QMessageBox*>(box);
            REQUIRE(message);
            shown = message->text();
            message->accept();
        },
        "QMessageBox");
    window.statisticsPage()->exportToExcel();
    CHECK(shown.contains(QStringLiteral("may not")));
    CHECK_FALSE(QFile::exists(refused));
    CHECK(temp.workspace().audit().count(QStringLiteral("export")) == before + 1);
}
