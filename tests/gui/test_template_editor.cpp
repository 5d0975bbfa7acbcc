#include "rating/TemplateEditor.h"
#include "rating/TemplateModel.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("The template model edits aspects and tasks and keeps its total", "[rating][models]")
{
    TemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAspects(defaultRatingTemplate(2026).aspects);
    CHECK(model.rowCount() == 6);
    CHECK(model.totalPoints() == Approx(100));
    const QModelIndex firstTask = model.index(0, TemplateModel::MaxColumn, model.index(0, 0));
    CHECK(model.setData(firstTask, QStringLiteral("5")));
    CHECK(model.totalPoints() == Approx(101));
    CHECK_FALSE(model.setData(firstTask, QStringLiteral("-1")));
    CHECK(model.index(0, TemplateModel::MaxColumn).data().toDouble() == Approx(19));

    const QModelIndex added = model.addTask(model.index(5, 0), QStringLiteral("新任务"), 2);
    CHECK(added.parent() == model.index(5, 0));
    CHECK(model.totalPoints() == Approx(103));
    const QModelIndex moved = model.move(added, -1);
    CHECK(moved.row() == added.row() - 1);
    CHECK(moved.data().toString() == QStringLiteral("新任务"));
    model.remove(moved);
    CHECK(model.totalPoints() == Approx(101));
    const QModelIndex aspect = model.move(model.index(0, 0), 1);
    CHECK(aspect.row() == 1);
    CHECK(aspect.data().toString() == QStringLiteral("班子建设好"));
    model.addAspect(QStringLiteral("新方面"));
    CHECK(model.rowCount() == 7);
}

TEST_CASE("The template editor saves a changed template and refuses a broken one", "[rating][gui]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    // 2025 is finished: its template is final too.
    RatingTemplate finished = *ratings.templateForYear(2025);
    finished.aspects[0].tasks[0].name = QStringLiteral("改名");
    CHECK(temp.workspace().ratingService().saveTemplate(finished).kind == ServiceResult::Kind::Refused);
    REQUIRE(temp.workspace().ratingService().startYear(2026).ok());
    const RatingTemplate t = *ratings.templateForYear(2026);
    {
        TemplateEditor editor(temp.workspace(), t);
        editor.model()->setData(
            editor.model()->index(0, TemplateModel::NameColumn, editor.model()->index(0, 0)),
            QStringLiteral("书记履职尽责"));
        editor.accept();
        CHECK(editor.result() == QDialog::Accepted);
    }
    CHECK(ratings.templateForYear(2026)->aspects[0].tasks[0].name == QStringLiteral("书记履职尽责"));
    CHECK(ratings.templateForYear(2026)->aspects[0].tasks[0].id == t.aspects[0].tasks[0].id); // scores kept
    CHECK(ratings.templateForYear(2025)->aspects[0].tasks[0].name != QStringLiteral("改名"));
}
