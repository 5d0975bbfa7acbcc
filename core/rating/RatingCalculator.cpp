#include "RatingCalculator.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace partydesk {

QString scoreProblem(const RatingTask& task, Score value)
{
    if (value < Score())
        return QCoreApplication::translate("RatingCalculator", "A score cannot be below zero.");
    if (value > task.maxPoints)
        return QCoreApplication::translate("RatingCalculator",
                                           "%1 is above this task's maximum of %2 points.")
            .arg(value.toCompactString(), task.maxPoints.toCompactString());
    return {};
}

QString itemProblem(const RatingItem& item, Score value)
{
    if (value < Score())
        return QCoreApplication::translate("RatingCalculator", "Points cannot be below zero.");
    if (item.kind != RatingItem::Kind::Veto && value > item.maxPoints)
        return QCoreApplication::translate("RatingCalculator",
                                           "%1 is above this item's maximum of %2 points.")
            .arg(value.toCompactString(), item.maxPoints.toCompactString());
    return {};
}

int starsFor(const RatingTemplate& t, Score total, bool vetoed)
{
    int stars = 1;
    if (total >= t.fiveStars)
        stars = 5;
    else if (total >= t.fourStars)
        stars = 4;
    else if (total >= t.threeStars)
        stars = 3;
    else if (total >= t.twoStars)
        stars = 2;
    return vetoed ? std::min(stars, t.vetoCapsAt) : stars;
}

QString rankingRuleText()
{
    return QCoreApplication::translate(
        "RatingCalculator",
        "Ranked within each committee by star level first, then by total score (to 0.01); branches with "
        "the same stars and total share a rank (1, 2, 2, 4). A vetoed branch is capped at its star "
        "level and ranks with it.");
}

RatingOutcome computeRatings(const RatingTemplate& t, const QList<ScoreSheet>& sheets,
                             const QHash<qint64, qint64>& parentOf)
{
    RatingOutcome outcome;
    outcome.results.reserve(sheets.size());
    for (const ScoreSheet& sheet : sheets) {
        RatingResult r;
        r.orgId = sheet.orgId;
        r.parentId = parentOf.value(sheet.orgId);
        r.complete = true;
        r.aspectSubtotals.reserve(t.aspects.size());
        for (const RatingAspect& aspect : t.aspects) {
            Score subtotal;
            for (const RatingTask& task : aspect.tasks) {
                const auto it = sheet.tasks.constFind(task.id);
                const std::optional<Score> score = it == sheet.tasks.cend() ? std::nullopt : it->standing();
                if (score) {
                    r.rated = true;
                    subtotal += std::clamp(*score, Score(), task.maxPoints);
                }
                if (it == sheet.tasks.cend() || !it->assessed)
                    r.complete = false;
            }
            r.aspectSubtotals.append(subtotal);
            r.base += subtotal;
        }
        for (const RatingItem& item : t.items) {
            const auto it = sheet.items.constFind(item.id);
            if (it == sheet.items.cend())
                continue;
            switch (item.kind) {
            case RatingItem::Kind::Bonus:
                r.bonus += std::clamp(it->points, Score(), item.maxPoints);
                break;
            case RatingItem::Kind::Deduction:
                r.deduction += std::clamp(it->points, Score(), item.maxPoints);
                break;
            case RatingItem::Kind::Veto:
                r.vetoed = r.vetoed || it->applied;
                break;
            }
        }
        r.rated = r.rated || r.vetoed;
        r.bonus = std::min(r.bonus, t.bonusCap);
        r.total = std::max(Score(), r.base + r.bonus - r.deduction);
        if (r.rated) {
            r.stars = starsFor(t, r.total, r.vetoed);
            r.lagging = r.stars <= 1 || r.vetoed;
        }
        outcome.results.append(r);
    }

    // Rank within each parent: one more than the number of rated siblings placed higher, by stars
    // and then total, so a vetoed branch never outranks one with more stars.
    using Placing = std::pair<int, qint64>;
    const auto placing = [](const RatingResult& r) { return Placing(r.stars, r.total.hundredths()); };
    QHash<qint64, std::vector<Placing>> placingsByParent;
    for (const RatingResult& r : outcome.results)
        if (r.rated)
            placingsByParent[r.parentId].push_back(placing(r));
    for (auto& placings : placingsByParent)
        std::sort(placings.begin(), placings.end(), std::greater<Placing>());
    for (RatingResult& r : outcome.results) {
        if (!r.rated)
            continue;
        const std::vector<Placing>& placings = placingsByParent[r.parentId];
        r.rank = int(std::lower_bound(placings.begin(), placings.end(), placing(r), std::greater<Placing>()) -
                     placings.begin()) +
                 1;
    }

    int rated = 0, five = 0, fourOrMore = 0;
    for (const RatingResult& r : outcome.results) {
        rated += r.rated;
        five += r.stars == 5;
        fourOrMore += r.stars >= 4;
    }
    const auto share = [&](int count) { return rated ? 100.0 * count / rated : 0.0; };
    if (t.fiveStarQuota && rated && share(five) > *t.fiveStarQuota)
        outcome.warnings << QCoreApplication::translate(
                                "RatingCalculator",
                                "%1 of %2 rated branches (%3%) have five stars; the quota is "
                                "%4%.")
                                .arg(five)
                                .arg(rated)
                                .arg(share(five), 0, 'f', 1)
                                .arg(*t.fiveStarQuota);
    if (t.fourStarQuota && rated && share(fourOrMore) > *t.fourStarQuota)
        outcome.warnings << QCoreApplication::translate(
                                "RatingCalculator",
                                "%1 of %2 rated branches (%3%) have four stars or more; the "
                                "quota is %4%.")
                                .arg(fourOrMore)
                                .arg(rated)
                                .arg(share(fourOrMore), 0, 'f', 1)
                                .arg(*t.fourStarQuota);
    return outcome;
}

RatingChange compareWithLastYear(const RatingResult& now, const RatingResult* lastYear)
{
    RatingChange change;
    if (!now.rated || !lastYear || !lastYear->rated)
        return change;
    change.comparable = true;
    change.rankChange = lastYear->rank - now.rank;
    change.scoreChange = now.total - lastYear->total;
    change.starChange = now.stars - lastYear->stars;
    return change;
}

QString starsText(const RatingResult& r)
{
    if (!r.rated)
        return {};
    const QString stars(r.stars, QChar(0x2605));
    return r.vetoed ? QCoreApplication::translate("RatingCalculator", "%1 (veto)").arg(stars) : stars;
}

QString resultStateText(const RatingResult& r)
{
    if (!r.rated)
        return QCoreApplication::translate("RatingCalculator", "Not scored");
    if (r.lagging)
        return r.complete ? QCoreApplication::translate("RatingCalculator", "Lagging: rectify")
                          : QCoreApplication::translate("RatingCalculator", "Incomplete, lagging");
    return r.complete ? QCoreApplication::translate("RatingCalculator", "Complete")
                      : QCoreApplication::translate("RatingCalculator", "Incomplete");
}

QString changeText(const RatingChange& change)
{
    if (!change.comparable)
        return {};
    QStringList parts;
    if (change.starChange > 0)
        parts << QCoreApplication::translate("RatingCalculator", "Up %n star(s)", nullptr, change.starChange);
    else if (change.starChange < 0)
        parts << QCoreApplication::translate("RatingCalculator", "Down %n star(s)", nullptr,
                                             -change.starChange);
    else
        parts << QCoreApplication::translate("RatingCalculator", "Same stars");
    // The direction in words and the distance as a count: "rank down 1 place", never "down -1".
    if (change.rankChange > 0)
        parts << QCoreApplication::translate("RatingCalculator", "rank up %n place(s)", nullptr,
                                             change.rankChange);
    else if (change.rankChange < 0)
        parts << QCoreApplication::translate("RatingCalculator", "rank down %n place(s)", nullptr,
                                             -change.rankChange);
    else
        parts << QCoreApplication::translate("RatingCalculator", "same rank");
    const QString points = change.scoreChange > Score() ? QStringLiteral("+") + change.scoreChange.toString()
                                                        : change.scoreChange.toString();
    parts << QCoreApplication::translate("RatingCalculator", "%1 points").arg(points);
    return parts.join(QStringLiteral(" · "));
}

QString rankChangeText(const RatingChange& change)
{
    if (!change.comparable)
        return {};
    if (change.rankChange > 0)
        return QChar(0x2191) + QLatin1Char(' ') +
               QCoreApplication::translate("RatingCalculator", "up %n place(s)", nullptr, change.rankChange);
    if (change.rankChange < 0)
        return QChar(0x2193) + QLatin1Char(' ') +
               QCoreApplication::translate("RatingCalculator", "down %n place(s)", nullptr,
                                           -change.rankChange);
    return QCoreApplication::translate("RatingCalculator", "same place");
}

} // namespace partydesk
