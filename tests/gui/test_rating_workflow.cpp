#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "rating/RatingPage.h"
#include "rating/RatingResultsModel.h"
#include "rating/ScoreSheetModel.h"
#include "rating/ScoreSheetView.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// Types into the cell under the cursor and leaves it with `key`, as a clerk does: after Tab or
// Enter the next cell's editor is already open; otherwise the first key opens it.
QLineEdit* openEditor(ScoreSheetView* view)
{
    QCoreApplication::processEvents(); // closed editors are deleted later
    for (QLineEdit* edit : view->viewport()->findChildren<QLineEdit*>())
        if (edit->isVisible())
            return edit;
    return nullptr;
}

void typeScore(ScoreSheetView* view, const QString& text, Qt::Key key)
{
    QString rest = text;
    QLineEdit* editor = openEditor(view);
    if (!editor) {
        QTest::keyClicks(view, text.left(1));
        rest = text.mid(1);
        editor = openEditor(view);
    }
    REQUIRE(editor);
    QTest::keyClicks(editor, rest);
    QTest::keyClick(editor, key);
    QCoreApplication::processEvents(); // Enter commits through a queued call
}

} // namespace

TEST_CASE("Scores are typed from the keyboard: Tab and Enter move on, totals follow, bad values are refused",
          "[gui][rating]")
{
    TempWorkspace temp(true);
    // A fresh year with the default template and every branch.
    const qint64 session = temp.workspace().ratings().ensureSession(2026, QDate(2026, 11, 15)).id;
    QList<qint64> branches;
    for (const Organisation& org : temp.workspace().organisations().all())
        if (org.type == OrgType::GridBranch)
            branches << org.id;
    REQUIRE(temp.workspace().ratings().setSessionOrganisations(session, branches).ok());

    MainWindow window(temp.workspace(), temp.path());
    window.show();
    QApplication::setActiveWindow(&window); // keyboard focus, as on a real desktop
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Rating);
    RatingPage* page = window.ratingPage();
    page->showYear(2026);
    page->selectBranch(branches.first());
    QAbstractItemModelTester sheetTester(page->sheet(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester resultsTester(page->results(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    ScoreSheetView* view = page->sheetView();
    view->setFocus();
    view->setCurrentIndex(page->sheet()->index(0, ScoreSheetModel::SelfColumn));
    // Row 1: self 3.5, Tab to the committee's column, 3 and Enter: down to row 2's committee score.
    typeScore(view, QStringLiteral("3.5"), Qt::Key_Tab);
    CHECK(view->currentIndex().column() == ScoreSheetModel::AssessedColumn);
    typeScore(view, QStringLiteral("3"), Qt::Key_Return);
    CHECK(view->currentIndex() == page->sheet()->index(1, ScoreSheetModel::AssessedColumn));
    // Row 2 (maximum 3): 5 is refused with a message and the cursor stays for the correction.
    typeScore(view, QStringLiteral("5"), Qt::Key_Return);
    CHECK(page->findChild<QLabel*>(QStringLiteral("sheetMessage"))->text().contains(QStringLiteral("5")));
    CHECK(view->currentIndex() == page->sheet()->index(1, ScoreSheetModel::AssessedColumn));
    typeScore(view, QStringLiteral("2.5"), Qt::Key_Return);

    // Totals follow at once: 3 + 2.5 (the committee's scores stand).
    const RatingResult* result = page->results()->outcome().find(branches.first());
    REQUIRE(result);
    CHECK(result->total == Score::fromHundredths(550));
    CHECK(page->findChild<QLabel*>(QStringLiteral("sheetTotals"))->text().contains(QStringLiteral("5.50")));

    // Saved as typed: a fresh read of the year has them.
    const RatingYear saved = *temp.workspace().ratings().loadYear(2026);
    const RatingTemplate& t = saved.ratingTemplate;
    REQUIRE(saved.orgIds.contains(branches.first()));
    const ScoreSheet& sheet = saved.sheets[saved.orgIds.indexOf(branches.first())];
    CHECK(sheet.tasks.value(t.aspects[0].tasks[0].id).self == Score::fromHundredths(350));
    CHECK(sheet.tasks.value(t.aspects[0].tasks[0].id).assessed == Score::whole(3));
    CHECK(sheet.tasks.value(t.aspects[0].tasks[1].id).assessed == Score::fromHundredths(250));
}

TEST_CASE("A finished year shows its ranking, stars and the change against last year", "[gui][rating]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.showPage(MainWindow::Page::Rating);
    RatingPage* page = window.ratingPage();
    page->showYear(2025);
    RatingResultsModel* results = page->results();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(results->rowCount() == 10);
    int lagging = 0, compared = 0;
    for (int r = 0; r < results->rowCount(); ++r) {
        lagging += results->index(r, RatingResultsModel::StateColumn)
                       .data()
                       .toString()
                       .contains(QStringLiteral("rectify"));
        // The column says where the rank went; the tooltip adds stars and points.
        compared += results->index(r, RatingResultsModel::ChangeColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("points"));
    }
    CHECK(lagging == 2);
    CHECK(compared == 10);
    CHECK(results->index(0, RatingResultsModel::StarsColumn).data().toString().contains(QChar(0x2605)));
}
