// What the user is told after an output: a written file with 打开文件 / 打开所在文件夹, a print
// with its branches and pages (or what a cancel let through), the batch print naming what it
// prints, and Qt's own dialogs in Chinese.
#include "AppSetup.h"
#include "ExternalReaders.h"
#include "FileDialogLocale.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MonthlyReport.h"
#include "reports/FileWrittenMessage.h"
#include "reports/PrintJob.h"
#include "reports/ReportActions.h"
#include "TestSupport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// Records what the message's buttons would open, and whether opening "works".
struct RecordingOpener
{
    explicit RecordingOpener(bool works = true)
    {
        FileWrittenMessage::setOpener([this, works](const QUrl& url) {
            opened << url;
            return works;
        });
    }
    ~RecordingOpener() { FileWrittenMessage::setOpener({}); }
    QList<QUrl> opened;
};

QMessageBox* shownMessage(const char* objectName)
{
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    REQUIRE(box);
    CHECK(box->objectName() == QLatin1String(objectName));
    return box;
}

TableReport smallReport()
{
    TableReport report;
    report.title = QStringLiteral("党员名单");
    report.sheetName = QStringLiteral("名单");
    report.columns = {{QStringLiteral("姓名"), ReportColumn::Kind::Text, 8}};
    report.rowCount = 3;
    report.cell = [](int row, int) { return QVariant(QStringLiteral("党员%1").arg(row + 1)); };
    return report;
}

} // namespace

TEST_CASE("After an export the message opens the file or its folder, and says so when nothing opens it",
          "[gui][export]")
{
    QWidget page;
    page.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名单.xlsx"));
    answerSaveDialog(path);
    REQUIRE(exportReports(&page, {smallReport()}, ReportFormat::Xlsx, QStringLiteral("名单")) == path);
    REQUIRE(QFile::exists(path));

    // The message waits over the page; the export has returned.
    RecordingOpener opener;
    QMessageBox* box = shownMessage("fileWrittenMessage");
    CHECK(box->informativeText().contains(QDir::toNativeSeparators(path)));
    auto* openFile = box->findChild<QPushButton*>(QStringLiteral("openFileButton"));
    auto* openFolder = box->findChild<QPushButton*>(QStringLiteral("openFolderButton"));
    REQUIRE(openFile);
    REQUIRE(openFolder);
    CHECK(openFile->text() == QStringLiteral("Open the &file"));
    CHECK(openFolder->text() == QStringLiteral("Open the &folder"));
    QTest::mouseClick(openFile, Qt::LeftButton);
    QApplication::processEvents();
    REQUIRE(opener.opened.size() == 1);
    CHECK(opener.opened.first() == QUrl::fromLocalFile(path));
    CHECK(QApplication::activeModalWidget() == nullptr); // any button closes the message

    FileWrittenMessage::show(&page, QStringLiteral("Exported"), QStringLiteral("Done."), path);
    QTest::mouseClick(
        shownMessage("fileWrittenMessage")->findChild<QPushButton*>(QStringLiteral("openFolderButton")),
        Qt::LeftButton);
    REQUIRE(opener.opened.size() == 2);
    CHECK(opener.opened.last() == QUrl::fromLocalFile(QFileInfo(path).absolutePath()));

    // An encrypted backup offers its folder only.
    FileWrittenMessage::show(&page, QStringLiteral("Backup"), QStringLiteral("Done."), path,
                             FileWrittenMessage::Offer::FolderOnly);
    box = shownMessage("fileWrittenMessage");
    CHECK(box->findChild<QPushButton*>(QStringLiteral("openFileButton")) == nullptr);
    box->close();
    QApplication::processEvents();

    // No program for the file: said in a message of its own.
    {
        RecordingOpener failing(false);
        FileWrittenMessage::show(&page, QStringLiteral("Exported"), QStringLiteral("Done."), path);
        QTest::mouseClick(
            shownMessage("fileWrittenMessage")->findChild<QPushButton*>(QStringLiteral("openFileButton")),
            Qt::LeftButton);
        QMessageBox* notOpened = shownMessage("notOpenedMessage");
        CHECK(notOpened->text().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        notOpened->close();
        QApplication::processEvents();
    }
}

TEST_CASE("Printing every branch's monthly report says how many branches and pages went to the printer",
          "[gui][export][meetings]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.showPage(MainWindow::Page::Meetings);
    MeetingsPage* page = window.meetingsPage();
    page->setMonth(QDate(2026, 11, 1));
    const int branches = int(monthlyReports(temp.workspace().meetings(),
                                            temp.workspace().organisations().all(), 0, QDate(2026, 11, 1))
                                 .size());
    REQUIRE(branches == 10);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("monthly.pdf"));
    CountingPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const int before = temp.workspace().audit().count(QStringLiteral("print"));
    const PrintResult result = page->printMonthlyReportsTo(printer);
    REQUIRE(result.status == PrintResult::Status::Printed);
    REQUIRE(result.pages > branches);
    CHECK(pdfPageCount(pdf) == result.pages);
    CHECK(temp.workspace().audit().count(QStringLiteral("print")) == before + 1);

    // Printed to a file from the print dialog: told as a file written, to open.
    QMessageBox* box = shownMessage("fileWrittenMessage");
    CHECK(box->text() ==
          QStringLiteral("Printed the monthly reports of %1 branch(es) for 2026-11, %2 page(s) in all.")
              .arg(branches)
              .arg(result.pages));
    CHECK(box->findChild<QPushButton*>(QStringLiteral("openFileButton")));
    box->close();
    QApplication::processEvents();
}

TEST_CASE("A cancelled print says how many pages had been sent", "[gui][export]")
{
    QList<TableReport> reports;
    for (int i = 0; i < 3; ++i) {
        TableReport report = smallReport();
        report.title = QStringLiteral("第%1支部").arg(i + 1);
        reports << report;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
    CountingPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    // The user presses Cancel while the first page is on its way.
    const PrintResult cancelled = printReports(
        printer, reports, [&printer](int, int) { return printer.printerState() != QPrinter::Active; });
    REQUIRE(cancelled.status == PrintResult::Status::Cancelled);
    CHECK(cancelled.pages == 1);
    CHECK(pdfPageCount(pdf) == 1);

    QWidget page;
    page.show();
    showPrintResult(&page, printer, cancelled, QStringLiteral("Printed"));
    QMessageBox* box = shownMessage("printResultMessage");
    CHECK(box->text().contains(QStringLiteral("The first 1 page(s) had already been sent")));
    box->close();
    QApplication::processEvents();

    // Cancelled while a long report was still being laid out: nothing went.
    TableReport roster = smallReport();
    roster.rowCount = 2000;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("early.pdf")));
    const PrintResult early = printReports(printer, {roster}, [](int, int) { return false; });
    CHECK(early.status == PrintResult::Status::Cancelled);
    CHECK(early.pages == 0);
}

TEST_CASE(
    "The batch print action names what it prints: this branch, or a committee's branches with their count",
    "[gui][export][meetings]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.showPage(MainWindow::Page::Meetings);
    MeetingsPage* page = window.meetingsPage();
    QAction* print = page->findChild<QAction*>(QStringLiteral("printMonthlyReportsAction"));
    REQUIRE(print);
    REQUIRE(print == page->printAction());

    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    window.selectOrganisation(branch);
    CHECK(print->text() == QStringLiteral("Print this branch's monthly report…"));
    CHECK(print->isEnabled());

    const QList<Organisation> all = temp.workspace().organisations().all();
    const auto byId = [&all](qint64 id) {
        for (const Organisation& org : all)
            if (org.id == id)
                return org;
        return Organisation{};
    };
    const Organisation committee = byId(byId(branch).parentId);
    const int below =
        int(monthlyReports(temp.workspace().meetings(), all, committee.id, QDate(2026, 11, 1)).size());
    REQUIRE(below > 1);
    window.selectOrganisation(committee.id);
    CHECK(print->text() == QStringLiteral("Print the monthly reports of all %1 branch(es) of %2…")
                               .arg(below)
                               .arg(committee.name));

    page->setOrganisation(0);
    CHECK(print->text() == QStringLiteral("Print the monthly reports of all 10 branch(es)…"));

    // A Party group has no branch report of its own: nothing to print.
    page->setOrganisation(temp.firstOrganisation(OrgType::PartyGroup));
    CHECK_FALSE(print->isEnabled());
}

TEST_CASE(
    "Qt's own dialogs speak Chinese: its catalogue is installed and the file dialog writes Chinese dates",
    "[gui][export][i18n]")
{
    // The catalogue comes from qt6-translations-l10n (packaging/quickstart.sh, the .deb's Depends).
    QTranslator qt;
    REQUIRE(loadQtTranslation(qt, QStringLiteral("zh_CN")));
    QCoreApplication::installTranslator(&qt);
    const QString print = QCoreApplication::translate("QPrintDialog", "Print");
    const QString modified = QCoreApplication::translate("QFileSystemModel", "Date Modified");
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    const QString preview = QCoreApplication::translate("QPrintPreviewDialog", "Print Preview");
    QCoreApplication::removeTranslator(&qt);
    CHECK(print == QStringLiteral("打印"));
    CHECK(modified == QStringLiteral("修改日期"));
    CHECK(cancel == QStringLiteral("取消"));
    CHECK(preview == QStringLiteral("打印预览"));

    // Qt's file dialog writes dates in the system's locale; with ours they follow the interface.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTemporaryDir dir;
    QFile(dir.filePath(QStringLiteral("报表.pdf"))).open(QIODevice::WriteOnly);
    QFileSystemModel files;
    QSignalSpy loaded(&files, &QFileSystemModel::directoryLoaded);
    const QModelIndex root = files.setRootPath(dir.path());
    REQUIRE(loaded.wait(10000));
    FileDialogLocale dates;
    dates.setSourceModel(&files);
    const QModelIndex report = files.index(dir.filePath(QStringLiteral("报表.pdf")), 3);
    REQUIRE(report.isValid());
    const QString shown = dates.mapFromSource(report).data().toString();
    CHECK(shown == QLocale().toString(files.lastModified(report), QLocale::ShortFormat));
    CHECK(shown.contains(QString::number(files.lastModified(report).date().year()) + QLatin1Char('/')));
    Q_UNUSED(root);

    // Every Qt file dialog gets it when shown.
    QObject* watcher = FileDialogLocale::installForAllDialogs(*QCoreApplication::instance());
    QFileDialog dialog(nullptr, QString(), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.show();
    CHECK(qobject_cast<FileDialogLocale*>(dialog.proxyModel()));
    dialog.close();
    delete watcher;
    QLocale::setDefault(previous);
}
