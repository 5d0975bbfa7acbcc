#pragma once

#include "rating/RatingCalculator.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

class QChart;

namespace partydesk {

// Qt Charts over a year's results. Each function returns a new chart the caller owns.
namespace RatingCharts {

// Totals as horizontal bars, best at the top.
QChart* ranking(const RatingOutcome& outcome, const QHash<qint64, QString>& names);
// How many branches have one to five stars.
QChart* starDistribution(const RatingOutcome& outcome);
// One branch's aspects (share of each aspect's maximum) on a radar, against the average.
QChart* aspectRadar(const RatingTemplate& ratingTemplate, const RatingOutcome& outcome, qint64 orgId,
                    const QString& branchName);
// A branch's total over the years.
QChart* overYears(const QList<QPair<int, double>>& totals, const QString& branchName);

// Renders a chart to PNG (for PDF reports and screenshots), without a display.
QByteArray toPng(QChart* chart, int width, int height);

} // namespace RatingCharts
} // namespace partydesk
