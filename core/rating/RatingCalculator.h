#pragma once

#include "RatingTemplate.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVector>

namespace partydesk {

// One task on a branch's sheet: the branch's own score (自评) and the committee's (考评); the
// committee's stands.
struct TaskScore
{
    std::optional<Score> self;
    std::optional<Score> assessed;
    QString note;
    // The saved row's version as read, so that two clerks typing into one sheet never overwrite each
    // other unseen: 0 when nothing was saved for the task yet, -1 when the writer does not check (an
    // import of filled sheets, which decides on whole sheets). See RatingRepository::saveTaskScore.
    int rowVersion = -1;

    std::optional<Score> standing() const { return assessed ? assessed : self; }
    bool isEmpty() const { return !self && !assessed && note.trimmed().isEmpty(); }
};

// A bonus or deduction item's points, or whether a veto applies.
struct ItemScore
{
    Score points;
    bool applied = false;
    QString note;
};

struct ScoreSheet
{
    qint64 orgId = 0;
    QHash<qint64, TaskScore> tasks; // by task id
    QHash<qint64, ItemScore> items; // by item id
};

struct RatingResult
{
    qint64 orgId = 0;
    qint64 parentId = 0;
    bool rated = false;    // the sheet holds at least one score
    bool complete = false; // every task has the committee's score
    QVector<Score> aspectSubtotals;
    Score base, bonus, deduction, total;
    bool vetoed = false;
    int stars = 0; // 0 when not rated
    // Within the parent organisation, by stars first and then by total (a vetoed branch capped at
    // one star ranks below every two-star branch whatever its points); equal (stars, total) share a
    // rank (1, 2, 2, 4).
    int rank = 0;
    bool lagging = false; // one star or vetoed: rectification (整改晋位) follows
};

struct RatingOutcome
{
    QList<RatingResult> results; // in the order the sheets were given
    QStringList warnings;        // quotas exceeded (never applied silently)

    const RatingResult* find(qint64 orgId) const
    {
        for (const RatingResult& r : results)
            if (r.orgId == orgId)
                return &r;
        return nullptr;
    }
};

// Why `value` cannot be a score for `task`, in the user's language; empty when it can.
QString scoreProblem(const RatingTask& task, Score value);
QString itemProblem(const RatingItem& item, Score value);

int starsFor(const RatingTemplate& ratingTemplate, Score total, bool vetoed);

// The rule of the ranking, said once for the screen, the reports and the README.
QString rankingRuleText();

// `parentOf` gives each organisation's parent, for the rankings.
RatingOutcome computeRatings(const RatingTemplate& ratingTemplate, const QList<ScoreSheet>& sheets,
                             const QHash<qint64, qint64>& parentOf);

// The change against last year's result for the same organisation (晋位 / 降级).
struct RatingChange
{
    bool comparable = false; // rated both years
    int rankChange = 0;      // positive: moved up
    Score scoreChange;
    int starChange = 0; // positive: 晋位, negative: 降级
};
RatingChange compareWithLastYear(const RatingResult& now, const RatingResult* lastYear);

// How a result and its change are written on screen and on paper alike: "★★★★ (veto)", "lagging",
// "incomplete sheet"; "up 1 star · rank up 2 places · +2.01 points". A change of rank is a
// direction in words and a count, never a signed number after "down".
QString starsText(const RatingResult& result);
QString resultStateText(const RatingResult& result);
QString changeText(const RatingChange& change);
// The change of rank alone, for a narrow column: "↑ up 2 places", "↓ down 1 place", "same place".
QString rankChangeText(const RatingChange& change);

} // namespace partydesk
