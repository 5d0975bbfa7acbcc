#pragma once

#include "report/NiceScale.h"

#include <QColor>
#include <QList>
#include <QPen>
#include <QStringList>

class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace partydesk {

// One look for every chart of the program: Chinese fonts that print, nice axes, category axes for
// years and months, the Okabe–Ito colours (told apart with any colour vision) never repeated within
// a chart, and legends that show whole names.
namespace ChartStyle {

// Most series a chart shows; more are unreadable (pick the ones the chart is about, or split it).
constexpr int maxSeries = 6;

// Okabe–Ito in the order series take them: blue, vermillion, bluish green, orange, sky blue,
// reddish purple, yellow (last: faint on white). Black is kept for the average.
const QList<QColor>& palette();
QColor colour(int index);
QColor averageColour();

// Title, fonts, no animation, square corners, legend at the bottom with whole names (a tooltip
// shows a name the legend still had to shorten).
void apply(QChart* chart, const QString& title);

// The legend under the chart when its whole names fit in one line of `width` pixels, else beside
// it on the right, one name a line (ChartView calls this whenever it is resized).
void fitLegend(QChart* chart, qreal width);

// Gives every series (every bar set of a bar series) its own palette colour, in order. A line
// series marked as the average is drawn black and dashed instead.
void colourSeries(QChart* chart);
void markAverage(QAbstractSeries* series);
bool isAverage(const QAbstractSeries* series);

// A value axis on a nice scale covering low..high; `integers` for counts (whole-number ticks and
// labels). Returns the scale set.
NiceScale setNiceRange(QValueAxis* axis, double low, double high, bool integers, int maxIntervals = 6);

// Years, months, star levels, names: labels under (or beside) their bars or points, never a value
// axis whose ticks fall between them. Labels are never shortened.
QBarCategoryAxis* categoryAxis(const QStringList& categories);

// One set of counts as bars over `categories`, each bar's count written above it (with room on
// a whole-number axis), no legend: the title says what is counted.
QChart* countBars(QBarSet* counts, const QStringList& categories, const QString& title, int maxIntervals);

} // namespace ChartStyle
} // namespace partydesk
