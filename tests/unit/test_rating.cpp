#include "rating/RatingCalculator.h"
#include "rating/RatingTemplate.h"
#include "rating/Score.h"
#include "tabular/Table.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace partydesk;

namespace {

Score pts(double value)
{
    return Score::fromStored(value);
}

// A small template: two aspects of two tasks (60 + 40 points), a bonus item capped at 5 in all,
// a deduction and a veto. Ids are set by hand.
RatingTemplate smallTemplate()
{
    RatingTemplate t;
    t.year = 2026;
    t.aspects = {
        {1,
         QStringLiteral("A"),
         {{11, QStringLiteral("a1"), pts(30), {}, {}}, {12, QStringLiteral("a2"), pts(30), {}, {}}}},
        {2,
         QStringLiteral("B"),
         {{21, QStringLiteral("b1"), pts(20), {}, {}}, {22, QStringLiteral("b2"), pts(20), {}, {}}}}};
    t.items = {{31, RatingItem::Kind::Bonus, QStringLiteral("award"), pts(4), {}},
               {32, RatingItem::Kind::Bonus, QStringLiteral("innovation"), pts(3), {}},
               {41, RatingItem::Kind::Deduction, QStringLiteral("late"), pts(5), {}},
               {51, RatingItem::Kind::Veto, QStringLiteral("discipline"), Score(), {}}};
    t.bonusCap = pts(5);
    return t;
}

// A sheet whose committee scores are a1, a2, b1, b2.
ScoreSheet sheet(qint64 org, double a1, double a2, double b1, double b2)
{
    ScoreSheet s;
    s.orgId = org;
    s.tasks.insert(11, {std::nullopt, pts(a1), {}});
    s.tasks.insert(12, {std::nullopt, pts(a2), {}});
    s.tasks.insert(21, {std::nullopt, pts(b1), {}});
    s.tasks.insert(22, {std::nullopt, pts(b2), {}});
    return s;
}

} // namespace

TEST_CASE("The default template has six aspects, 34 tasks and 100 points", "[rating]")
{
    const RatingTemplate t = defaultRatingTemplate(2026);
    CHECK(t.aspects.size() == 6);
    CHECK(t.taskCount() == 34);
    CHECK(t.maxPoints() == Score::whole(100));
    CHECK(t.aspects.last().name == QStringLiteral("群众满意"));
    CHECK(t.fiveStars == Score::whole(90));
    CHECK(t.twoStars == Score::whole(60));
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
    sheets[1].items.insert(31, {pts(4), false, {}});
    sheets[1].items.insert(32, {pts(3), false, {}});
    sheets[2].items.insert(31, {pts(5), false, {}}); // above the item's 4: clamped to 4
    sheets[2].items.insert(32, {pts(1), false, {}});
    sheets[3].items.insert(51, {Score(), true, {}});
    sheets[4].items.insert(41, {pts(5), false, {}});

    const RatingOutcome outcome = computeRatings(t, sheets, parents);
    const auto r = [&](qint64 org) { return *outcome.find(org); };
    CHECK(r(1).total == pts(90));
    CHECK(r(1).stars == 5);
    CHECK(r(1).aspectSubtotals == QVector<Score>{pts(55), pts(35)});
    CHECK(r(2).bonus == pts(5));
    CHECK(r(2).total == pts(85));
    CHECK(r(2).stars == 4);
    CHECK(r(3).total == pts(85));
    CHECK(r(4).vetoed);
    CHECK(r(4).total == pts(99.5));
    CHECK(r(4).stars == 1);
    CHECK(r(4).lagging);
    CHECK(r(5).total == pts(55));
    CHECK(r(5).stars == 1);
    CHECK(r(5).lagging);
    CHECK(r(6).stars == 2);
    CHECK_FALSE(r(6).lagging);
    CHECK_FALSE(r(7).rated);
    CHECK(r(7).stars == 0);
    CHECK(r(7).rank == 0);
    // Ranks within committee 100 by stars, then total: 5★ 90, 4★ 85, 4★ 85, then the vetoed 99.5
    // (one star) above the other one-star 55 -> 1, 2, 2, 4, 5.
    CHECK(r(1).rank == 1);
    CHECK(r(2).rank == 2);
    CHECK(r(3).rank == 2);
    CHECK(r(4).rank == 4);
    CHECK(r(5).rank == 5);
    CHECK(r(6).rank == 1);
    CHECK(outcome.warnings.isEmpty());
}

TEST_CASE("Thresholds hold at their exact value, and one hundredth below falls short", "[rating]")
{
    const RatingTemplate t = smallTemplate();
    CHECK(starsFor(t, Score::whole(80), false) == 4);
    CHECK(starsFor(t, Score::fromHundredths(7999), false) == 3);
    CHECK(starsFor(t, pts(0.1) + pts(0.2) + pts(69.7), false) == 3); // sums are exact
    CHECK(starsFor(t, Score::fromHundredths(5999), false) == 1);
    CHECK(starsFor(t, Score::whole(100), true) == 1);
    CHECK(starsFor(t, Score::fromHundredths(9000), false) == 5);
    CHECK(starsFor(t, Score::fromHundredths(8999), false) == 4);
}

TEST_CASE(
    "The assessment stands over the self-assessment, and missing assessments leave the sheet incomplete",
    "[rating]")
{
    const RatingTemplate t = smallTemplate();
    ScoreSheet s;
    s.orgId = 1;
    s.tasks.insert(11, {pts(30), pts(20), {}});      // committee 20 stands
    s.tasks.insert(12, {pts(25), std::nullopt, {}}); // only the branch's own 25 so far
    const RatingResult r = computeRatings(t, {s}, {}).results.first();
    CHECK(r.total == pts(45));
    CHECK(r.rated);
    CHECK_FALSE(r.complete);
}

TEST_CASE("A quota exceeded is a warning, never a cut", "[rating]")
{
    RatingTemplate t = smallTemplate();
    t.fiveStarQuota = 20.0;
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
    const RatingTask task{1, QStringLiteral("x"), pts(4), {}, {}};
    CHECK(scoreProblem(task, pts(4)).isEmpty());
    CHECK(scoreProblem(task, Score()).isEmpty());
    CHECK(scoreProblem(task, pts(4.5)).contains(QStringLiteral("4")));
    CHECK(scoreProblem(task, Score::fromHundredths(401)).contains(QStringLiteral("4.01")));
    CHECK_FALSE(scoreProblem(task, pts(-1)).isEmpty());
}

TEST_CASE("Against last year: rank, score and stars move", "[rating]")
{
    RatingResult now, before;
    now.rated = before.rated = true;
    now.rank = 2;
    before.rank = 5;
    now.total = pts(88);
    before.total = pts(72.5);
    now.stars = 4;
    before.stars = 3;
    const RatingChange change = compareWithLastYear(now, &before);
    CHECK(change.comparable);
    CHECK(change.rankChange == 3);
    CHECK(change.scoreChange == pts(15.5));
    CHECK(change.starChange == 1);
    CHECK_FALSE(compareWithLastYear(now, nullptr).comparable);
}

TEST_CASE("Broken templates are explained", "[rating]")
{
    RatingTemplate t = smallTemplate();
    t.fourStars = pts(95);
    t.aspects[0].tasks[0].maxPoints = Score();
    const QStringList problems = templateProblems(t);
    CHECK(problems.size() == 2);
}

TEST_CASE("A vetoed branch ranks below every branch with more stars", "[rating][issue9]")
{
    const RatingTemplate t = smallTemplate();
    QList<ScoreSheet> sheets;
    QHash<qint64, qint64> parents;
    // Four five-star branches (90..93) and one vetoed 99.5.
    for (int i = 0; i < 4; ++i) {
        sheets << sheet(i + 1, 30, 30, 20, 10 + i);
        parents.insert(i + 1, 100);
    }
    sheets << sheet(9, 30, 30, 20, 19.5);
    sheets.last().items.insert(51, {Score(), true, {}});
    parents.insert(9, 100);
    const RatingOutcome outcome = computeRatings(t, sheets, parents);
    CHECK(outcome.find(9)->stars == 1);
    CHECK(outcome.find(9)->rank == 5);
    CHECK(outcome.find(4)->rank == 1);
    CHECK(outcome.find(1)->rank == 4);
    CHECK(rankingRuleText().contains(QStringLiteral("1, 2, 2, 4")));
}

TEST_CASE("Totals decided in hundredths are shown in hundredths", "[rating][issue9]")
{
    CHECK(Score::fromHundredths(8999).toString() == QStringLiteral("89.99"));
    CHECK(Score::whole(80).toString() == QStringLiteral("80.00"));
    CHECK(Score::fromHundredths(-201).toString() == QStringLiteral("-2.01"));
    CHECK(Score::fromHundredths(250).toCompactString() == QStringLiteral("2.5"));
    // 87.49 + 0 bonus - 7.50 = 79.99: three stars, shown as such.
    const RatingTemplate t = smallTemplate();
    ScoreSheet s = sheet(1, 30, 27.49, 20, 10);
    s.items.insert(41, {pts(2.5), false, {}});
    const RatingResult r = computeRatings(t, {s}, {}).results.first();
    CHECK(r.total.toString() == QStringLiteral("84.99"));
    CHECK(r.stars == 4);
    RatingResult now = r, before = r;
    before.total = pts(87);
    now.rank = before.rank = 1;
    CHECK(changeText(compareWithLastYear(now, &before)).contains(QStringLiteral("-2.01")));
}

TEST_CASE("Scores are finite numbers with at most two decimals", "[rating][issue9]")
{
    CHECK(parseScore(QStringLiteral("3")).value == Score::whole(3));
    CHECK(parseScore(QStringLiteral(" 2.5 ")).value == Score::fromHundredths(250));
    CHECK(parseScore(QStringLiteral("２．５")).value == Score::fromHundredths(250));
    CHECK(parseScore(QStringLiteral("2.50")).value == Score::fromHundredths(250));
    CHECK(parseScore(QStringLiteral("89.99")).value == Score::fromHundredths(8999));
    CHECK(parseScore(QStringLiteral("2.500")).ok());
    CHECK(parseScore(QString()).ok());
    CHECK_FALSE(parseScore(QString()).value);
    for (const char* bad : {"inf", "nan", "-inf", "1e2", "89.996", "3分", "-1", "0x10", "1,5", "infinity"}) {
        const ScoreInput input = parseScore(QString::fromUtf8(bad));
        INFO(bad);
        CHECK_FALSE(input.ok());
        CHECK_FALSE(input.value);
    }
    CHECK(parseScore(QStringLiteral("89.996")).error.contains(QStringLiteral("89.996")));
    // Spreadsheet number cells: the double nearest to 2.15 still means 2.15; 89.996 does not fit.
    const auto number = [](double value) { return TableCell{TableCell::Type::Number, {}, value}; };
    CHECK(parseScoreCell(number(2.15)).value == Score::fromHundredths(215));
    CHECK_FALSE(parseScoreCell(number(89.996)).ok());
    CHECK_FALSE(parseScoreCell(number(std::numeric_limits<double>::infinity())).ok());
    CHECK_FALSE(parseScoreCell(number(std::numeric_limits<double>::quiet_NaN())).ok());
    CHECK_FALSE(parseScoreCell(number(-0.5)).ok());
    CHECK_FALSE(parseScoreCell(TableCell()).value);
    CHECK(parseScoreCell(TableCell{TableCell::Type::Text, QStringLiteral("2.5"), 0}).value ==
          Score::fromHundredths(250));
}

TEST_CASE("A veto cell takes a documented mark and nothing else", "[rating][issue9]")
{
    for (const char* yes : {"是", "有", "√", "1", "Y", "yes", "TRUE", "１"})
        CHECK(parseVetoMark(QString::fromUtf8(yes)) == std::optional<bool>(true));
    for (const char* no : {"否", "无", "没有", "×", "0", "", " ", "N", "no"})
        CHECK(parseVetoMark(QString::fromUtf8(no)) == std::optional<bool>(false));
    for (const char* unknown : {"可能", "2", "vetoed", "?"})
        CHECK_FALSE(parseVetoMark(QString::fromUtf8(unknown)).has_value());
}
