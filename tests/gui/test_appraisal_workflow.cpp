#include "appraisal/AppraisalPage.h"
#include "appraisal/AppraisalReport.h"
#include "appraisal/AppraisalResultsModel.h"
#include "appraisal/AppraisalService.h"
#include "appraisal/AppraisalSummaryModel.h"
#include "ExternalReaders.h"
#include "forms/MemberForm.h"
#include "GuiTestSupport.h"
#include "models/OrganisationTreeModel.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The editor open in the view (closed ones wait for deletion, hidden).
template <typename T> T* openEditor(QTableView* view)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* editor : view->viewport()->findChildren<T*>())
        if (editor->isVisible())
            return editor;
    return nullptr;
}

// Opens the cell's editor as a user does, with a double click.
void openCell(QTableView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCoreApplication::processEvents();
}

// Picks the grade `steps` entries below "Not rated" from the combo box's list (1 = Excellent … 4 =
// Unqualified).
void chooseGrade(QTableView* view, const QModelIndex& index, int steps)
{
    openCell(view, index);
    auto* combo = openEditor<QComboBox>(view);
    REQUIRE(combo);
    REQUIRE(combo->objectName() == QStringLiteral("gradeCombo"));
    // Click the grade in the open list.
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    REQUIRE(list->isVisible());
    const QModelIndex item = combo->model()->index(steps, 0);
    list->scrollTo(item);
    const QPoint centre = list->visualRect(item).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCoreApplication::processEvents();
}

// The Chinese of the grades, as the zh_CN catalogue gives them.
class GradeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Enum") != 0)
            return {};
        static const QHash<QByteArray, QString> grades = {{"Excellent", QStringLiteral("优秀")},
                                                          {"Qualified", QStringLiteral("合格")},
                                                          {"Basically qualified", QStringLiteral("基本合格")},
                                                          {"Unqualified", QStringLiteral("不合格")}};
        return grades.value(source);
    }
};

} // namespace

TEST_CASE("A branch grades its members in the table, meets the cap of Excellent and finishes",
          "[gui][appraisal]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    Appraisal appraisal(ws);
    // A grid branch that has not opened this year's appraisal.
    qint64 branch = 0;
    qint64 community = 0;
    for (const Organisation& org : ws.organisations().all())
        if (org.type == OrgType::GridBranch && !branch && !appraisal.repository().session(org.id, 2026)) {
            branch = org.id;
            community = org.parentId;
        }
    REQUIRE(branch > 0);

    OrganisationTreeModel tree;
    tree.setOrganisations(ws.organisations().all());
    AppraisalPage page(ws, tree);
    QAbstractItemModelTester resultsTester(page.results(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester summaryTester(page.summary(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1500, 900);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.showYear(2026);
    page.setOrganisation(branch);

    // Open the appraisal held today, allowing one in twenty to be Excellent.
    CHECK(child<QLineEdit>(&page, "capField")->text() == QStringLiteral("1/3"));
    CHECK(child<QLineEdit>(&page, "heldOnField")->text() == QStringLiteral("2026-11-15"));
    typeInto(&page, "capField", QStringLiteral("1/20"));
    QTest::mouseClick(child<QPushButton>(&page, "openButton"), Qt::LeftButton);
    AppraisalResultsModel* model = page.results();
    const int rated = model->rowCount();
    REQUIRE(rated >= 20);
    const int allowed = rated / 20;
    REQUIRE(allowed >= 1);
    auto* view = child<QTableView>(&page, "resultsView");
    auto* counts = child<QLabel>(&page, "countsLabel");
    auto* message = child<QLabel>(&page, "messageLabel");
    CHECK(
        counts->text().contains(QStringLiteral("Excellent 0/%1, at most 1/20 = %2").arg(rated).arg(allowed)));

    // The allowed number are graded Excellent with the combo box; one more is refused.
    for (int row = 0; row < allowed; ++row)
        chooseGrade(view, model->index(row, AppraisalResultsModel::GradeColumn), 1);
    CHECK(model->index(0, AppraisalResultsModel::GradeColumn).data().toString() ==
          QStringLiteral("Excellent"));
    CHECK(message->text().isEmpty());
    CHECK(counts->text().contains(QStringLiteral("Excellent %1/%2").arg(allowed).arg(rated)));
    chooseGrade(view, model->index(allowed, AppraisalResultsModel::GradeColumn), 1);
    CHECK(message->text().contains(QStringLiteral("At most %1 of the %2").arg(allowed).arg(rated)));
    CHECK_FALSE(model->rows().at(allowed).entry.grade.has_value());

    // With the keyboard, the arrows pass Excellent on the way without choosing it: Enter chooses.
    openCell(view, model->index(allowed, AppraisalResultsModel::GradeColumn));
    auto* combo = openEditor<QComboBox>(view);
    REQUIRE(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    CHECK_FALSE(model->rows().at(allowed).entry.grade.has_value());
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(model->rows().at(allowed).entry.grade == AppraisalGrade::Qualified);
    CHECK(message->text().isEmpty());

    // Unqualified asks how the member is handled: without an answer the grade is not changed.
    const int last = rated - 1;
    onModalDialog([](QWidget* dialog) { dialog->close(); }, "QInputDialog");
    chooseGrade(view, model->index(last, AppraisalResultsModel::GradeColumn), 4);
    CHECK(message->text().contains(QStringLiteral("handling")));
    CHECK_FALSE(model->rows().at(last).entry.grade.has_value());
    onModalDialog(
        [](QWidget* dialog) {
            auto* text = dialog->findChild<QPlainTextEdit*>();
            REQUIRE(text);
            typeText(text, QStringLiteral("限期改正"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            REQUIRE(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        "QInputDialog");
    chooseGrade(view, model->index(last, AppraisalResultsModel::GradeColumn), 4);
    QCoreApplication::processEvents();
    CHECK(model->rows().at(last).entry.handling == QStringLiteral("限期改正"));
    CHECK(model->rows().at(last).entry.grade == AppraisalGrade::Unqualified);
    CHECK(model->index(last, AppraisalResultsModel::GradeColumn)
              .data(Qt::ForegroundRole)
              .value<QBrush>()
              .color() == QColor(0xc0, 0, 0));

    // Finishing with members unrated is refused and names them.
    QTest::mouseClick(child<QPushButton>(&page, "finishButton"), Qt::LeftButton);
    CHECK(message->text().contains(model->rows().at(allowed + 1).name));
    // The rest are Qualified (as the combo box sets them), then the appraisal is finished.
    for (int row = allowed + 1; row < last; ++row)
        REQUIRE(model->setData(model->index(row, AppraisalResultsModel::GradeColumn), 1));
    QTest::mouseClick(child<QPushButton>(&page, "finishButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&page, "stateLabel")->text().contains(QStringLiteral("Finished on 2026-11-15")));
    CHECK_FALSE(child<QPushButton>(&page, "finishButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "reopenButton")->isEnabled());
    CHECK_FALSE(model->flags(model->index(0, AppraisalResultsModel::GradeColumn)) & Qt::ItemIsEditable);
    const qint64 unqualified = model->rows().at(last).entry.memberId;
    bool recorded = false;
    for (const MemberEvent& e : ws.members().events(unqualified))
        recorded |= e.kind == QLatin1String("appraisal") && e.toValue == QLatin1String("unqualified") &&
                    e.date == QDate(2026, 11, 15) && e.reason == QStringLiteral("限期改正");
    CHECK(recorded);
    // The member's own record reads it in words.
    MemberForm form(ws, ws.organisations().all(), ws.members().get(unqualified));
    CHECK(child<QLabel>(&form, "derivedFacts")
              ->text()
              .contains(QStringLiteral("Appraisal: Unqualified (限期改正)")));

    // The community committee sees the branch finished among its branches.
    page.setOrganisation(community);
    bool listed = false;
    for (const AppraisalSummaryModel::Line& line : page.summary()->lines())
        if (line.orgId == branch) {
            listed = true;
            CHECK(line.summary.finishedOn == QDate(2026, 11, 15));
            CHECK(line.summary.rated == rated);
            CHECK(line.summary.counts[0] == allowed);
        }
    CHECK(listed);
    CHECK(page.summary()->rowCount() >= 8);

    // Reopening asks for the reason and takes the results out of the histories.
    page.setOrganisation(branch);
    onModalDialog([](QWidget* dialog) {
        auto* edit = dialog->findChild<QLineEdit*>();
        REQUIRE(edit);
        typeText(edit, QStringLiteral("复核"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(&page, "reopenButton"), Qt::LeftButton);
    CHECK(child<QPushButton>(&page, "finishButton")->isEnabled());
    for (const MemberEvent& e : ws.members().events(unqualified)) // last year's stays
        CHECK_FALSE((e.kind == QLatin1String("appraisal") && e.date.year() == 2026));
}

TEST_CASE("The result table's PDF reads back with the members, the grades in Chinese and the handling",
          "[appraisal][pdf]")
{
    TempWorkspace temp(true);
    AppraisalRepository repository(temp.db());
    // Last year's appraisal of the branch with the Unqualified member.
    std::optional<AppraisalSession> session;
    QList<AppraisalRow> rows;
    for (const AppraisalSummary& s : repository.summaries(2025))
        if (s.counts[gradeIndex(AppraisalGrade::Unqualified)] == 1) {
            session = repository.sessionById(s.sessionId);
            rows = repository.rows(s.sessionId);
        }
    REQUIRE(session);
    const AppraisalRow* unqualified = nullptr;
    for (const AppraisalRow& row : rows)
        if (row.entry.grade == AppraisalGrade::Unqualified)
            unqualified = &row;
    REQUIRE(unqualified);

    GradeTranslator chinese;
    QCoreApplication::installTranslator(&chinese);
    const TableReport table = appraisalResultTable(*session, rows, QStringLiteral("第二网格党支部"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("appraisal.pdf"));
    const QString written = writePdf({table}, pdf, QStringLiteral("test"));
    QCoreApplication::removeTranslator(&chinese);
    REQUIRE(written.isEmpty());

    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("第二网格党支部")));
    CHECK(text.contains(unqualified->name));
    CHECK(text.contains(unqualified->entry.handling.left(8)));
    for (const char* grade : {"优秀", "合格", "不合格"})
        CHECK(text.contains(QString::fromUtf8(grade)));
    // The count line: 不合格 1 of those rated.
    CHECK(text.contains(QStringLiteral("不合格 1 (")));
}

TEST_CASE("A committee's result tables are one sheet per branch, read back by LibreOffice",
          "[appraisal][xlsx]")
{
    TempWorkspace temp(true);
    OrganisationTreeModel tree;
    tree.setOrganisations(temp.workspace().organisations().all());
    AppraisalPage page(temp.workspace(), tree);
    page.show(); // a hidden page reads only when shown
    page.showYear(2025);
    page.setOrganisation(temp.firstOrganisation(OrgType::BigCommittee));
    const QList<TableReport> tables = page.resultTables();
    REQUIRE(tables.size() == page.summary()->rowCount());
    REQUIRE(tables.size() >= 8);
    QSet<QString> sheets;
    int rows = 0;
    for (const TableReport& t : tables) {
        sheets << t.sheetName;
        CHECK(t.sheetName.size() <= 31);
        rows += t.rowCount;
    }
    CHECK(sheets.size() == tables.size());

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("appraisal.xlsx"));
    REQUIRE(writeXlsx(tables, xlsx).isEmpty());
    const QMap<QString, Sheet> read = readWithLibreOffice(xlsx);
    CHECK(read.size() == tables.size());
    int qualified = 0;
    for (const Sheet& sheet : read)
        for (const QList<SheetCell>& row : sheet)
            for (const SheetCell& cell : row)
                qualified += cell.text == QStringLiteral("Qualified");
    CHECK(qualified > rows / 2);
}
