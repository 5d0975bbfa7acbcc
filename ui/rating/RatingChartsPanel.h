#pragma once

#include "rating/RatingCalculator.h"

#include <QHash>
#include <QWidget>

class QChartView;

namespace partydesk {

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

private:
    QChartView* m_ranking = nullptr;
    QChartView* m_stars = nullptr;
    QChartView* m_radar = nullptr;
    QChartView* m_years = nullptr;
    RatingTemplate m_template;
    RatingOutcome m_outcome;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
