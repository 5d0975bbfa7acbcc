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

// Image pixels per logical pixel in toPng: about 300 dpi when printed at the logical size.
constexpr qreal printScale = 3;

// Renders a chart that is in no view to PNG (for PDF reports), without a display. `width` and
// `height` are logical pixels at 96 dpi: drawn `width` / 3.78 mm wide on paper the chart's fonts
// keep their point size (680 × h for the 180 mm of an A4 portrait page, 1010 × h for landscape).
// The PNG has printScale times as many pixels each way; the caller keeps the chart.
QByteArray toPng(QChart* chart, int width, int height);

} // namespace RatingCharts
} // namespace partydesk
