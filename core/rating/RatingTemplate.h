#pragma once

#include "Score.h"

#include <optional>
#include <QList>
#include <QString>

namespace partydesk {

// The yearly "五好一满意" scheme: aspects refined into tasks with maximum points, bonus, deduction
// and veto items, star thresholds and optional quotas. Everything is the user's to change per year.
struct RatingTask
{
    qint64 id = 0;
    QString name;
    Score maxPoints;
    QString guide;          // how to score
    QString evidence;       // what to look at
    QString evidenceSource; // the recorded facts that suggest the score (EvidenceSource.h); '' none
};

struct RatingAspect
{
    qint64 id = 0;
    QString name;
    QList<RatingTask> tasks;

    Score maxPoints() const
    {
        Score sum;
        for (const RatingTask& task : tasks)
            sum += task.maxPoints;
        return sum;
    }
};

struct RatingItem
{
    enum class Kind
    {
        Bonus,
        Deduction,
        Veto
    };
    qint64 id = 0;
    Kind kind = Kind::Bonus;
    QString name;
    Score maxPoints; // 0 for a veto
    QString guide;
};

struct RatingTemplate
{
    qint64 id = 0;
    int year = 0;
    QString name;
    QList<RatingAspect> aspects;
    QList<RatingItem> items;
    Score bonusCap = Score::whole(5);
    // Minimum totals for 5, 4, 3 and 2 stars; below the last, one star.
    Score fiveStars = Score::whole(90), fourStars = Score::whole(80), threeStars = Score::whole(70),
          twoStars = Score::whole(60);
    int vetoCapsAt = 1; // a veto caps the level at this many stars
    // At most this share (percent) of rated branches at 5 or 4 stars: a warning, never a cut.
    std::optional<double> fiveStarQuota, fourStarQuota;

    Score maxPoints() const
    {
        Score sum;
        for (const RatingAspect& aspect : aspects)
            sum += aspect.maxPoints();
        return sum;
    }
    int taskCount() const
    {
        int count = 0;
        for (const RatingAspect& aspect : aspects)
            count += int(aspect.tasks.size());
        return count;
    }
    const RatingTask* task(qint64 taskId) const
    {
        for (const RatingAspect& aspect : aspects)
            for (const RatingTask& task : aspect.tasks)
                if (task.id == taskId)
                    return &task;
        return nullptr;
    }
};

// The shipped default for `year`: six aspects, 34 tasks, 100 points, thresholds 90/80/70/60, a
// veto caps at one star. Ids are 0 until saved.
RatingTemplate defaultRatingTemplate(int year);

// Problems that make a template unusable (no tasks, a maximum not above zero, thresholds out of
// order), in the user's language; empty when it is sound.
QStringList templateProblems(const RatingTemplate& ratingTemplate);

} // namespace partydesk
