#pragma once

#include "rating/RatingCalculator.h"

#include <QHash>
#include <QWidget>

namespace partydesk {

class ChartView;

// Four charts over the star rating: the ranking, the star levels, the selected branch's aspects
// against the average, and its total over the years.
class RatingChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatingChartsPanel(QWidget* parent = nullptr);

    void setYear(const RatingTemplate& ratingTemplate, const RatingOutcome& outcome,
                 const QHash<qint64, QString>& names);
    void setBranch(qint64 orgId, const QList<QPair<int, double>>& totalsOverYears);
    // The four views in reading order: ranking, star levels, aspects, years (for tests).
    QList<ChartView*> views() const { return {m_ranking, m_stars, m_radar, m_years}; }

private:
    ChartView* m_ranking = nullptr;
    ChartView* m_stars = nullptr;
    ChartView* m_radar = nullptr;
    ChartView* m_years = nullptr;
    RatingTemplate m_template;
    RatingOutcome m_outcome;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
