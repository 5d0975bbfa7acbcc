#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A year's template is created with the session, saved and read back whole", "[rating][repository]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    const WriteResult session = ratings.ensureSession(2026, QDate(2026, 11, 15));
    INFO(session.error.toStdString());
    REQUIRE(session.ok());
    CHECK(ratings.ensureSession(2026, QDate(2026, 11, 15)).id == session.id); // the same session again
    std::optional<RatingTemplate> t = ratings.templateForYear(2026);
    REQUIRE(t);
    CHECK(t->taskCount() == 34);
    CHECK(t->maxPoints() == Score::whole(100));

    // Edit: rename a task, drop another, add a new one; the ids of the kept ones stay.
    const qint64 keptId = t->aspects[0].tasks[0].id;
    t->aspects[0].tasks[0].name = QStringLiteral("书记履职");
    t->aspects[0].tasks.removeLast();
    t->aspects[5].tasks.append(
        {0, QStringLiteral("新增任务"), Score::whole(3), QStringLiteral("说明"), QStringLiteral("材料")});
    t->fiveStarQuota = 15;
    REQUIRE(ratings.saveTemplate(*t).ok());
    const RatingTemplate back = *ratings.templateForYear(2026);
    CHECK(back.taskCount() == 34);
    CHECK(back.aspects[0].tasks[0].id == keptId);
    CHECK(back.aspects[0].tasks[0].name == QStringLiteral("书记履职"));
    CHECK(back.aspects[5].tasks.last().name == QStringLiteral("新增任务"));
    CHECK(back.fiveStarQuota == 15);
}

TEST_CASE("Last year's template is copied into a new year", "[rating][repository]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    // The demo holds 2024 and 2025.
    REQUIRE(ratings.copyTemplate(2025, 2026).ok());
    const RatingTemplate copy = *ratings.templateForYear(2026);
    const RatingTemplate original = *ratings.templateForYear(2025);
    CHECK(copy.taskCount() == original.taskCount());
    CHECK(copy.aspects[0].tasks[0].id != original.aspects[0].tasks[0].id);
    CHECK(copy.name.contains(QStringLiteral("2026")));
    CHECK_FALSE(ratings.copyTemplate(2025, 2026).ok()); // already there
    CHECK_FALSE(ratings.copyTemplate(2019, 2027).ok()); // nothing to copy
    CHECK(ratings.years() == QList<int>{2026, 2025, 2024});
}

TEST_CASE("Scores are saved as entered and a year loads with its sheets", "[rating][repository]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    const qint64 session = ratings.ensureSession(2026, QDate(2026, 11, 15)).id;
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    REQUIRE(ratings.setSessionOrganisations(session, {branch}).ok());
    const RatingTemplate t = *ratings.templateForYear(2026);
    const qint64 task = t.aspects[1].tasks[2].id;
    REQUIRE(ratings
                .saveTaskScore(session, branch, task,
                               {Score::fromHundredths(250), Score::whole(3), QStringLiteral("党费台账齐全")})
                .ok());
    REQUIRE(ratings.saveItemScore(session, branch, t.items.last().id, {Score(), true, QStringLiteral("违纪")})
                .ok());

    const RatingYear year = *ratings.loadYear(2026);
    REQUIRE(year.orgIds == QList<qint64>{branch});
    const TaskScore score = year.sheets.first().tasks.value(task);
    CHECK(score.self == Score::fromHundredths(250));
    CHECK(score.assessed == Score::whole(3));
    CHECK(score.note == QStringLiteral("党费台账齐全"));
    CHECK(year.sheets.first().items.value(t.items.last().id).applied);

    // Clearing a value removes it; a score above zero's check constraint is refused by SQLite too.
    REQUIRE(ratings.saveTaskScore(session, branch, task, {}).ok());
    CHECK(ratings.sheet(session, branch).tasks.isEmpty());
    CHECK_FALSE(ratings.saveTaskScore(session, branch, task, {Score::whole(-1), std::nullopt, {}}).ok());

    // Dropping the branch from the session drops its scores.
    REQUIRE(ratings.saveTaskScore(session, branch, task, {Score::whole(1), Score::whole(1), {}}).ok());
    REQUIRE(ratings.setSessionOrganisations(session, {}).ok());
    QSqlQuery q(temp.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM rating_score WHERE session_id = ?"));
    q.addBindValue(session);
    q.exec();
    q.next();
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Rectification items are kept per branch and year", "[rating][repository]")
{
    TempWorkspace temp(true);
    RatingRepository& ratings = temp.workspace().ratings();
    const qint64 session = ratings.ensureSession(2026, QDate(2026, 11, 15)).id;
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    Rectification item;
    item.sessionId = session;
    item.orgId = branch;
    item.problem = QStringLiteral("三会一课开展不经常");
    item.measure = QStringLiteral("制定年度计划，每月检查");
    item.responsible = QStringLiteral("支部书记");
    item.dueOn = QDate(2027, 3, 31);
    const WriteResult saved = ratings.saveRectification(item);
    REQUIRE(saved.ok());
    item.id = saved.id;
    item.status = Rectification::Status::Done;
    item.doneOn = QDate(2027, 2, 1);
    REQUIRE(ratings.saveRectification(item).ok());
    const QList<Rectification> list = ratings.rectifications(session, branch);
    REQUIRE(list.size() == 1);
    CHECK(list.first().status == Rectification::Status::Done);
    CHECK(list.first().doneOn == QDate(2027, 2, 1));
    item.id = 0;
    item.problem.clear();
    CHECK_FALSE(ratings.saveRectification(item).ok());
}
