#include "RatingCalculator.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace partydesk {

namespace {

// Scores come in halves and tenths; compare them as whole hundredths so 89.9 + 0.1 ties with 90.
qint64 hundredths(double value)
{
    return qint64(std::llround(value * 100.0));
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString scoreProblem(const RatingTask& task, double value)
{
    if (value < 0)
        return QCoreApplication::translate("RatingCalculator", "A score cannot be below zero.");
    if (hundredths(value) > hundredths(task.maxPoints))
        return QCoreApplication::translate("RatingCalculator",
                                           "%1 is above this task's maximum of %2 points.")
            .arg(number(value), number(task.maxPoints));
    return {};
}

QString itemProblem(const RatingItem& item, double value)
{
    if (value < 0)
        return QCoreApplication::translate("RatingCalculator", "Points cannot be below zero.");
    if (item.kind != RatingItem::Kind::Veto && hundredths(value) > hundredths(item.maxPoints))
        return QCoreApplication::translate("RatingCalculator",
                                           "%1 is above this item's maximum of %2 points.")
            .arg(number(value), number(item.maxPoints));
    return {};
}

int starsFor(const RatingTemplate& t, double total, bool vetoed)
{
    const qint64 points = hundredths(total);
    int stars = 1;
    if (points >= hundredths(t.fiveStars))
        stars = 5;
    else if (points >= hundredths(t.fourStars))
        stars = 4;
    else if (points >= hundredths(t.threeStars))
        stars = 3;
    else if (points >= hundredths(t.twoStars))
        stars = 2;
    return vetoed ? std::min(stars, t.vetoCapsAt) : stars;
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
            double subtotal = 0;
            for (const RatingTask& task : aspect.tasks) {
                const auto it = sheet.tasks.constFind(task.id);
                const std::optional<double> score = it == sheet.tasks.cend() ? std::nullopt : it->standing();
                if (score) {
                    r.rated = true;
                    subtotal += std::clamp(*score, 0.0, task.maxPoints);
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
                r.bonus += std::clamp(it->points, 0.0, item.maxPoints);
                break;
            case RatingItem::Kind::Deduction:
                r.deduction += std::clamp(it->points, 0.0, item.maxPoints);
                break;
            case RatingItem::Kind::Veto:
                r.vetoed = r.vetoed || it->applied;
                break;
            }
        }
        r.rated = r.rated || r.vetoed;
        r.bonus = std::min(r.bonus, t.bonusCap);
        r.total = std::max(0.0, r.base + r.bonus - r.deduction);
        if (r.rated) {
            r.stars = starsFor(t, r.total, r.vetoed);
            r.lagging = r.stars <= 1 || r.vetoed;
        }
        outcome.results.append(r);
    }

    // Rank within each parent: one more than the number of rated siblings with a higher total.
    QHash<qint64, std::vector<qint64>> totalsByParent;
    for (const RatingResult& r : outcome.results)
        if (r.rated)
            totalsByParent[r.parentId].push_back(hundredths(r.total));
    for (auto& totals : totalsByParent)
        std::sort(totals.begin(), totals.end(), std::greater<qint64>());
    for (RatingResult& r : outcome.results) {
        if (!r.rated)
            continue;
        const std::vector<qint64>& totals = totalsByParent[r.parentId];
        r.rank =
            int(std::lower_bound(totals.begin(), totals.end(), hundredths(r.total), std::greater<qint64>()) -
                totals.begin()) +
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

} // namespace partydesk
