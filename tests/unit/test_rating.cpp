#include "rating/RatingCalculator.h"
#include "rating/RatingTemplate.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

namespace {

// A small template: two aspects of two tasks (60 + 40 points), a bonus item capped at 5 in all,
// a deduction and a veto. Ids are set by hand.
RatingTemplate smallTemplate()
{
    RatingTemplate t;
    t.year = 2026;
    t.aspects = {{1,
                  QStringLiteral("A"),
                  {{11, QStringLiteral("a1"), 30, {}, {}}, {12, QStringLiteral("a2"), 30, {}, {}}}},
                 {2,
                  QStringLiteral("B"),
                  {{21, QStringLiteral("b1"), 20, {}, {}}, {22, QStringLiteral("b2"), 20, {}, {}}}}};
    t.items = {{31, RatingItem::Kind::Bonus, QStringLiteral("award"), 4, {}},
               {32, RatingItem::Kind::Bonus, QStringLiteral("innovation"), 3, {}},
               {41, RatingItem::Kind::Deduction, QStringLiteral("late"), 5, {}},
               {51, RatingItem::Kind::Veto, QStringLiteral("discipline"), 0, {}}};
    t.bonusCap = 5;
    return t;
}

// A sheet whose committee scores are a1, a2, b1, b2.
ScoreSheet sheet(qint64 org, double a1, double a2, double b1, double b2)
{
    ScoreSheet s;
    s.orgId = org;
    s.tasks.insert(11, {std::nullopt, a1, {}});
    s.tasks.insert(12, {std::nullopt, a2, {}});
    s.tasks.insert(21, {std::nullopt, b1, {}});
    s.tasks.insert(22, {std::nullopt, b2, {}});
    return s;
}

} // namespace

TEST_CASE("The default template has six aspects, 34 tasks and 100 points", "[rating]")
{
    const RatingTemplate t = defaultRatingTemplate(2026);
    CHECK(t.aspects.size() == 6);
    CHECK(t.taskCount() == 34);
    CHECK(t.maxPoints() == Approx(100));
    CHECK(t.aspects.last().name == QStringLiteral("群众满意"));
    CHECK(t.fiveStars == 90);
    CHECK(t.twoStars == 60);
    CHECK(t.vetoCapsAt == 1);
    int vetoes = 0;
    for (const RatingItem& item : t.items)
        vetoes += item.kind == RatingItem::Kind::Veto;
    CHECK(vetoes >= 1);
    CHECK(templateProblems(t).isEmpty());
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks) {
            CHECK_FALSE(task.guide.isEmpty());
            CHECK_FALSE(task.evidence.isEmpty());
        }
}

TEST_CASE("Hand-computed totals, stars and ranks", "[rating]")
{
    const RatingTemplate t = smallTemplate();
    // Branches 1-5 under committee 100; 6 under committee 200.
    const QHash<qint64, qint64> parents = {{1, 100}, {2, 100}, {3, 100}, {4, 100},
                                           {5, 100}, {6, 200}, {7, 100}};
    QList<ScoreSheet> sheets;
    sheets << sheet(1, 28, 27, 18, 17);   // 90: exactly on the five-star threshold
    sheets << sheet(2, 25, 25, 15, 15);   // 80 +4 +3 bonus, capped at 5 -> 85
    sheets << sheet(3, 25, 25, 15, 15);   // 80 + 5 (bonus at cap) -> 85: ties with 2
    sheets << sheet(4, 30, 30, 20, 19.5); // 99.5 but vetoed -> one star
    sheets << sheet(5, 20, 20, 10, 10);   // 60 - 5 deduction -> 55: one star
    sheets << sheet(6, 20, 20, 10, 10);   // 60: two stars, ranked alone under 200
    ScoreSheet empty;                     // a branch with no sheet at all
    empty.orgId = 7;
    sheets << empty;
    sheets[1].items.insert(31, {4, false, {}});
    sheets[1].items.insert(32, {3, false, {}});
    sheets[2].items.insert(31, {5, false, {}}); // above the item's 4: clamped to 4
    sheets[2].items.insert(32, {1, false, {}});
    sheets[3].items.insert(51, {0, true, {}});
    sheets[4].items.insert(41, {5, false, {}});

    const RatingOutcome outcome = computeRatings(t, sheets, parents);
    const auto r = [&](qint64 org) { return *outcome.find(org); };
    CHECK(r(1).total == Approx(90));
    CHECK(r(1).stars == 5);
    CHECK(r(1).aspectSubtotals == QVector<double>{55, 35});
    CHECK(r(2).bonus == Approx(5));
    CHECK(r(2).total == Approx(85));
    CHECK(r(2).stars == 4);
    CHECK(r(3).total == Approx(85));
    CHECK(r(4).vetoed);
    CHECK(r(4).total == Approx(99.5));
    CHECK(r(4).stars == 1);
    CHECK(r(4).lagging);
    CHECK(r(5).total == Approx(55));
    CHECK(r(5).stars == 1);
    CHECK(r(5).lagging);
    CHECK(r(6).stars == 2);
    CHECK_FALSE(r(6).lagging);
    CHECK_FALSE(r(7).rated);
    CHECK(r(7).stars == 0);
    CHECK(r(7).rank == 0);
    // Ranks within committee 100: 99.5, 90, 85, 85, 55 -> 1, 2, 3, 3, 5.
    CHECK(r(4).rank == 1);
    CHECK(r(1).rank == 2);
    CHECK(r(2).rank == 3);
    CHECK(r(3).rank == 3);
    CHECK(r(5).rank == 5);
    CHECK(r(6).rank == 1);
    CHECK(outcome.warnings.isEmpty());
}

TEST_CASE("Thresholds hold at their exact value, and one hundredth below falls short", "[rating]")
{
    const RatingTemplate t = smallTemplate();
    CHECK(starsFor(t, 80.0, false) == 4);
    CHECK(starsFor(t, 79.99, false) == 3);
    CHECK(starsFor(t, 0.1 + 0.2 + 69.7, false) == 3); // floating noise does not cost a star
    CHECK(starsFor(t, 59.99, false) == 1);
    CHECK(starsFor(t, 100, true) == 1);
}

TEST_CASE("The assessment stands over the self-assessment; missing assessments leave the sheet incomplete",
          "[rating]")
{
    const RatingTemplate t = smallTemplate();
    ScoreSheet s;
    s.orgId = 1;
    s.tasks.insert(11, {30, 20, {}});           // committee 20 stands
    s.tasks.insert(12, {25, std::nullopt, {}}); // only the branch's own 25 so far
    const RatingResult r = computeRatings(t, {s}, {}).results.first();
    CHECK(r.total == Approx(45));
    CHECK(r.rated);
    CHECK_FALSE(r.complete);
}

TEST_CASE("A quota exceeded is a warning, never a cut", "[rating]")
{
    RatingTemplate t = smallTemplate();
    t.fiveStarQuota = 20;
    const QList<ScoreSheet> sheets = {sheet(1, 30, 30, 20, 20), sheet(2, 30, 30, 20, 15),
                                      sheet(3, 10, 10, 10, 10)};
    const RatingOutcome outcome = computeRatings(t, sheets, {});
    CHECK(outcome.find(1)->stars == 5);
    CHECK(outcome.find(2)->stars == 5);
    REQUIRE(outcome.warnings.size() == 1);
    CHECK(outcome.warnings.first().contains(QStringLiteral("20")));
}

TEST_CASE("Scores outside 0..maximum are refused with a reason", "[rating]")
{
    const RatingTask task{1, QStringLiteral("x"), 4, {}, {}};
    CHECK(scoreProblem(task, 4).isEmpty());
    CHECK(scoreProblem(task, 0).isEmpty());
    CHECK(scoreProblem(task, 4.5).contains(QStringLiteral("4")));
    CHECK_FALSE(scoreProblem(task, -1).isEmpty());
}

TEST_CASE("Against last year: rank, score and stars move", "[rating]")
{
    RatingResult now, before;
    now.rated = before.rated = true;
    now.rank = 2;
    before.rank = 5;
    now.total = 88;
    before.total = 72.5;
    now.stars = 4;
    before.stars = 3;
    const RatingChange change = compareWithLastYear(now, &before);
    CHECK(change.comparable);
    CHECK(change.rankChange == 3);
    CHECK(change.scoreChange == Approx(15.5));
    CHECK(change.starChange == 1);
    CHECK_FALSE(compareWithLastYear(now, nullptr).comparable);
}

TEST_CASE("Broken templates are explained", "[rating]")
{
    RatingTemplate t = smallTemplate();
    t.fourStars = 95;
    t.aspects[0].tasks[0].maxPoints = 0;
    const QStringList problems = templateProblems(t);
    CHECK(problems.size() == 2);
}
