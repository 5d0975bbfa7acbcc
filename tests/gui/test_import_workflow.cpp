#include "domain/IdNumber.h"
#include "GuiTestSupport.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportHistoryModel.h"
#include "import/ImportMappingModel.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportTestSupport.h"
#include "import/RosterImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"
#include "widgets/FieldErrorLabel.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace partydesk;
using namespace partydesk::test;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Three sound people; the people of a roster as a secretary keeps it.
const QString zhang = validIdNumber(QDate(1960, 3, 5), false, 1);
const QString li = validIdNumber(QDate(1962, 8, 9), true, 2);
const QString wang = validIdNumber(QDate(1970, 1, 2), false, 3);
// The last character mistyped: refused.
QString mistyped(const QString& id)
{
    return id.chopped(1) + (id.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1"));
}
const QString zhaoBad = mistyped(validIdNumber(QDate(1975, 6, 1), false, 4));

// A roster as Excel saves "CSV UTF-8": a title row, then a header whose last column no synonym
// knows (现住小区), three sound rows and one with a mistyped ID number (row 6).
QString writeRoster(const QTemporaryDir& dir, const QString& branchOfWang = QStringLiteral("第二党支部"))
{
    const QString path = dir.filePath(QStringLiteral("东风社区花名册.csv"));
    const QStringList lines = {
        QStringLiteral("东风社区党委党员花名册"),
        QStringLiteral("姓名,性别,公民身份号码,所在党支部,入党时间,转正时间,人员类别,党员身份,现住小区"),
        QStringLiteral("张三,男,%1,第一党支部,1990-07-01,1991-07-01,在册党员,正式党员,幸福里3栋").arg(zhang),
        QStringLiteral("李四,女,%1,第一党支部,1992.3.1,1993.3.1,在册党员,正式党员,幸福里5栋").arg(li),
        QStringLiteral("王五,男,%1,%2,1995年7月1日,1996年7月1日,在册党员,正式党员,光明苑2栋")
            .arg(wang, branchOfWang),
        QStringLiteral("赵六,男,%1,第二党支部,1998-07-01,1999-07-01,在册党员,正式党员,光明苑8栋")
            .arg(zhaoBad),
    };
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

void click(QWidget* parent, const char* name)
{
    auto* button = child<QAbstractButton>(parent, name);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks the box itself: a check box stretched across the dialog is not clickable at its centre,
// past the end of its text.
void tick(QWidget* parent, const char* name)
{
    auto* box = child<QCheckBox>(parent, name);
    const bool before = box->isChecked();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    REQUIRE(box->isChecked() != before);
}

// Waits for the reading thread; planning a few rows takes milliseconds.
void waitForStep(RosterImportDialog& dialog, RosterImportDialog::Step step)
{
    REQUIRE(QTest::qWaitFor([&] { return dialog.step() == step && !dialog.isReading(); }, 10000));
}

void closeMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    onModalDialog(
        [button, text](QWidget* w) {
            auto* box = qobject_cast<QMessageBox*>(w);
            REQUIRE(box);
            if (text)
                *text = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        },
        "QMessageBox");
}

int memberCount(Workspace& ws)
{
    return int(ws.members().idNumbersOnRecord().size());
}

} // namespace

TEST_CASE("A secretary imports a roster step by step, maps an unknown column, keeps the sound rows "
          "and undoes the import from the history",
          "[gui][importui]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws, true);
    QTemporaryDir dir;
    const QString path = writeRoster(dir);

    RosterImportDialog dialog(ws);
    dialog.show();
    auto* mappingView = child<QTableView>(&dialog, "mappingView");
    auto* previewView = child<QTableView>(&dialog, "previewView");
    QAbstractItemModelTester mappingTester(mappingView->model(), fatal);
    QAbstractItemModelTester previewTester(previewView->model(), fatal);
    auto* mapping = qobject_cast<ImportMappingModel*>(mappingView->model());
    auto* preview = qobject_cast<ImportPreviewModel*>(previewView->model());
    REQUIRE(mapping);
    REQUIRE(preview);

    // A WPS file is not read: the reader says what to save it as, and Next goes nowhere.
    const QString wps = dir.filePath(QStringLiteral("花名册.et"));
    QFile et(wps);
    REQUIRE(et.open(QIODevice::WriteOnly));
    et.write("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really a workbook");
    et.close();
    typeInto(&dialog, "fileEdit", wps);
    auto* fileError = child<FieldErrorLabel>(&dialog, "fileError");
    REQUIRE(QTest::qWaitFor([&] { return fileError->isVisibleTo(&dialog); }, 5000));
    CHECK(fileError->text().contains(QStringLiteral(".et")));
    CHECK(fileError->text().contains(QStringLiteral(".xlsx")));
    click(&dialog, "nextButton");
    CHECK(dialog.step() == RosterImportDialog::Step::File);

    // The roster, typed into the box; Next waits for the file to be opened.
    typeInto(&dialog, "fileEdit", path);
    click(&dialog, "nextButton");
    waitForStep(dialog, RosterImportDialog::Step::Options);
    CHECK_FALSE(fileError->isVisibleTo(&dialog));
    CHECK_FALSE(child<QComboBox>(&dialog, "sheetCombo")->isVisibleTo(&dialog)); // a CSV file: one sheet

    // Stopping the reading returns to the options and saves nothing.
    click(&dialog, "nextButton");
    CHECK(dialog.isReading());
    click(&dialog, "stopReadingButton");
    CHECK(dialog.step() == RosterImportDialog::Step::Options);
    CHECK(child<FieldErrorLabel>(&dialog, "optionsError")->isVisibleTo(&dialog));
    QTest::qWait(100); // whatever the stopped thread still reports is dropped
    CHECK(dialog.step() == RosterImportDialog::Step::Options);

    click(&dialog, "nextButton");
    waitForStep(dialog, RosterImportDialog::Step::Mapping);
    REQUIRE(mapping->rowCount() == 9);
    CHECK(mapping->unknownCount() == 1);
    const QModelIndex unknown = mapping->index(8, ImportMappingModel::ReadAsColumn);
    CHECK(mapping->index(8, ImportMappingModel::HeaderColumn).data().toString() ==
          QStringLiteral("现住小区"));
    CHECK(mapping->index(8, ImportMappingModel::LetterColumn).data().toString() == QStringLiteral("I"));
    CHECK(unknown.data().toString() == RosterFields::label(RosterField::Unknown));
    CHECK(unknown.data(Qt::BackgroundRole).isValid()); // highlighted
    CHECK(mapping->index(8, ImportMappingModel::ExamplesColumn)
              .data()
              .toString()
              .contains(QStringLiteral("幸福里3栋")));
    CHECK(mapping->index(0, ImportMappingModel::ReadAsColumn).data().toString() == QStringLiteral("Name"));
    // ID numbers are masked in the examples too.
    const QString idExamples = mapping->index(2, ImportMappingModel::ExamplesColumn).data().toString();
    CHECK(idExamples.contains(IdNumber::masked(zhang)));
    CHECK_FALSE(idExamples.contains(zhang));

    // The unknown column holds the home address: chosen in its combo box, which reads the file again.
    auto* combo = qobject_cast<QComboBox*>(mappingView->indexWidget(unknown));
    REQUIRE(combo);
    CHECK(combo->currentIndex() == -1);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Home address")));
    CHECK(dialog.isReading());
    waitForStep(dialog, RosterImportDialog::Step::Mapping);
    CHECK(mapping->unknownCount() == 0);
    CHECK(mapping->index(8, ImportMappingModel::ReadAsColumn).data().toString() ==
          QStringLiteral("Home address"));

    click(&dialog, "nextButton");
    REQUIRE(dialog.step() == RosterImportDialog::Step::Preview);
    CHECK(child<QLabel>(&dialog, "addCount")->text() == QStringLiteral("3"));
    CHECK(child<QLabel>(&dialog, "updateCount")->text() == QStringLiteral("0"));
    CHECK(child<QLabel>(&dialog, "skipCount")->text() == QStringLiteral("0"));
    CHECK(child<QLabel>(&dialog, "refusedCount")->text() == QStringLiteral("1"));
    CHECK(preview->rowCount() == 4);
    CHECK(preview->index(0, ImportPreviewModel::IdNumberColumn).data().toString() == IdNumber::masked(zhang));
    CHECK(preview->index(0, ImportPreviewModel::BranchColumn).data().toString() ==
          QStringLiteral("第一党支部"));

    // The refused row, alone under its filter, says why.
    choose(&dialog, "filterCombo", QStringLiteral("Refused rows (1)"));
    REQUIRE(preview->rowCount() == 1);
    CHECK(preview->index(0, ImportPreviewModel::RowColumn).data().toInt() == 6);
    CHECK(preview->index(0, ImportPreviewModel::NameColumn).data().toString() == QStringLiteral("赵六"));
    CHECK(preview->index(0, ImportPreviewModel::ActionColumn).data().toString() == QStringLiteral("Refused"));
    const QString why = IdNumber::check(zhaoBad).error;
    REQUIRE_FALSE(why.isEmpty());
    CHECK(preview->index(0, ImportPreviewModel::DetailsColumn).data().toString().contains(why));
    CHECK(preview->index(0, 0).data(Qt::BackgroundRole).isValid());
    previewView->selectRow(0);
    CHECK(child<QLabel>(&dialog, "rowDetails")->text().contains(why));

    // Import waits until the user chooses to leave the refused row out.
    auto* import = child<QPushButton>(&dialog, "importButton");
    CHECK_FALSE(import->isEnabled());
    CHECK(child<QLabel>(&dialog, "importReason")->text().contains(QStringLiteral("Keep the sound rows")));
    tick(&dialog, "keepSoundRowsCheck");
    CHECK(import->isEnabled());

    qint64 batch = 0;
    QObject::connect(&dialog, &RosterImportDialog::imported, [&](qint64 id) { batch = id; });
    QString saidDone;
    closeMessageBox(QMessageBox::Ok, &saidDone);
    QTest::mouseClick(import, Qt::LeftButton);
    REQUIRE(batch > 0);
    CHECK(saidDone.contains(QStringLiteral("No. %1").arg(batch)));
    CHECK(dialog.result() == QDialog::Accepted);

    // Saved: three members, each with the address read from the column mapped by hand.
    const QHash<QString, qint64> ids = ws.members().idNumbersOnRecord();
    REQUIRE(ids.size() == 3);
    const Member savedZhang = ws.members().get(ids.value(zhang));
    CHECK(savedZhang.name == QStringLiteral("张三"));
    CHECK(savedZhang.address == QStringLiteral("幸福里3栋"));
    CHECK(savedZhang.orgId == b.first);
    CHECK(ws.members().get(ids.value(wang)).orgId == b.second);
    CHECK_FALSE(ids.contains(zhaoBad));
    // The hand mapping is remembered for the next file with that header.
    CHECK(ws.rosterImportService().rememberedMappings().value(QStringLiteral("现住小区")) ==
          RosterField::Address);

    // Undone from the history, after a confirmation.
    ImportHistoryDialog history(ws);
    history.show();
    QAbstractItemModelTester historyTester(history.model(), fatal);
    REQUIRE(history.model()->rowCount() == 1);
    CHECK(history.model()->index(0, ImportHistoryModel::AddedColumn).data().toInt() == 3);
    CHECK(history.model()->index(0, ImportHistoryModel::RefusedColumn).data().toInt() == 1);
    CHECK(history.model()->index(0, ImportHistoryModel::FileColumn).data().toString() ==
          QStringLiteral("东风社区花名册.csv"));
    auto* undo = child<QPushButton>(&history, "undoButton");
    CHECK_FALSE(undo->isEnabled()); // nothing selected
    history.view()->selectRow(0);
    qint64 undone = 0;
    QObject::connect(&history, &ImportHistoryDialog::undone, [&](qint64 id) { undone = id; });
    closeMessageBox(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(undone == batch);
    CHECK(memberCount(ws) == 0);
    CHECK(history.model()
              ->index(0, ImportHistoryModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("Import from the roster page creates the missing branch, and the tree and roster show it",
          "[gui][importui]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws, true);
    QTemporaryDir dir;
    const QString path = writeRoster(dir, QStringLiteral("第三党支部")); // not in the workspace yet
    MainWindow window(ws, temp.path());
    window.show();
    RosterPage* page = window.rosterPage();
    REQUIRE(page->model()->totalRows() == 0);

    bool driven = false;
    onModalDialog(
        [&](QWidget* w) {
            auto* dialog = qobject_cast<RosterImportDialog*>(w);
            REQUIRE(dialog);
            typeInto(dialog, "fileEdit", path);
            click(dialog, "nextButton");
            waitForStep(*dialog, RosterImportDialog::Step::Options);
            tick(dialog, "createBranchesCheck");
            auto* under = child<QComboBox>(dialog, "createUnderCombo");
            REQUIRE(under->isEnabled());
            under->setCurrentIndex(under->findData(b.community));
            click(dialog, "nextButton");
            waitForStep(*dialog, RosterImportDialog::Step::Mapping);
            click(dialog, "nextButton");
            CHECK(child<QLabel>(dialog, "previewRemarks")->text().contains(QStringLiteral("第三党支部")));
            tick(dialog, "keepSoundRowsCheck");
            closeMessageBox(QMessageBox::Ok);
            click(dialog, "importButton");
            driven = true;
        },
        "partydesk::RosterImportDialog");
    QAction* action = page->findChild<QAction*>(QStringLiteral("importRosterAction"));
    REQUIRE(action);
    action->trigger();
    REQUIRE(driven);

    qint64 third = 0;
    for (const Organisation& org : ws.organisations().all())
        if (org.name == QStringLiteral("第三党支部"))
            third = org.id;
    REQUIRE(third > 0);
    CHECK(ws.organisations().get(third).parentId == b.community);
    // The roster read again, naming the new branch; the tree holds it with its member.
    CHECK(page->model()->totalRows() == 3);
    CHECK(page->model()->organisationNames().value(third) == QStringLiteral("第三党支部"));
    auto* tree = qobject_cast<OrganisationTreeModel*>(window.treeView()->model());
    REQUIRE(tree);
    CHECK(tree->indexOf(third).isValid());
}

TEST_CASE("An import whose members changed since is not undone, and the history says why", "[gui][importui]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addImportTree(ws, true);
    QTemporaryDir dir;
    const QString path = writeRoster(dir);

    RosterImportDialog dialog(ws);
    dialog.show();
    dialog.setFile(path);
    click(&dialog, "nextButton");
    waitForStep(dialog, RosterImportDialog::Step::Options);
    click(&dialog, "nextButton");
    waitForStep(dialog, RosterImportDialog::Step::Mapping);
    click(&dialog, "nextButton");
    tick(&dialog, "keepSoundRowsCheck");
    closeMessageBox(QMessageBox::Ok);
    click(&dialog, "importButton");
    REQUIRE(memberCount(ws) == 3);

    // Li Si's phone is corrected in her form after the import.
    Member changed = ws.members().get(ws.members().idNumbersOnRecord().value(li));
    changed.phone = QStringLiteral("13900000002");
    REQUIRE(ws.memberService().save(changed).ok());

    ImportHistoryDialog history(ws);
    history.show();
    history.view()->selectRow(0);
    closeMessageBox(QMessageBox::Yes);
    click(&history, "undoButton");
    auto* error = child<FieldErrorLabel>(&history, "undoError");
    CHECK(error->isVisibleTo(&history));
    CHECK(error->text().contains(QStringLiteral("李四")));
    CHECK(memberCount(ws) == 3);
}
