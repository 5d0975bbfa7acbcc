#include "RatingCharts.h"

#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace partydesk::RatingCharts {

namespace {

// Totals are out of 100 points (bonus may add a few): the axis shows the whole scale, on nice ticks.
constexpr double fullMarks = 100;

} // namespace

QChart* ranking(const RatingOutcome& outcome, const QHash<qint64, QString>& names)
{
    QList<const RatingResult*> rated;
    for (const RatingResult& r : outcome.results)
        if (r.rated)
            rated << &r;
    // Bars draw bottom-up: the lowest total first so the best stands at the top.
    std::stable_sort(rated.begin(), rated.end(),
                     [](const RatingResult* a, const RatingResult* b) { return a->total < b->total; });
    auto* set = new QBarSet(QCoreApplication::translate("RatingCharts", "Total"));
    QStringList categories;
    double highest = fullMarks;
    for (const RatingResult* r : rated) {
        *set << r->total.toDouble();
        categories << names.value(r->orgId);
        highest = std::max(highest, r->total.toDouble());
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* chart = new QChart;
    chart->addSeries(series);
    ChartStyle::apply(chart, QCoreApplication::translate("RatingCharts", "Ranking by total"));
    QBarCategoryAxis* axisY = ChartStyle::categoryAxis(categories); // branch names are the point
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    // Room beyond the longest bar for its label.
    ChartStyle::setNiceRange(axisX, 0, highest * 1.1, false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartStyle::colourSeries(chart);
    chart->legend()->hide();
    return chart;
}

QChart* starDistribution(const RatingOutcome& outcome)
{
    int counts[6] = {};
    for (const RatingResult& r : outcome.results)
        if (r.rated)
            ++counts[std::clamp(r.stars, 1, 5)];
    auto* set = new QBarSet(QCoreApplication::translate("RatingCharts", "Branches"));
    QStringList categories;
    for (int level = 5; level >= 1; --level) {
        *set << counts[level];
        categories << QString(level, QChar(0x2605));
    }
    return ChartStyle::countBars(set, categories,
                                 QCoreApplication::translate("RatingCharts", "Branches by star level"), 5);
}

QChart* aspectRadar(const RatingTemplate& t, const RatingOutcome& outcome, qint64 orgId,
                    const QString& branchName)
{
    auto* chart = new QPolarChart;
    ChartStyle::apply(
        chart,
        QCoreApplication::translate("RatingCharts", "%1: aspects against the average").arg(branchName));
    const int n = int(t.aspects.size());
    if (n == 0)
        return chart;
    QVector<double> average(n, 0);
    int rated = 0;
    for (const RatingResult& r : outcome.results)
        if (r.rated) {
            ++rated;
            for (int i = 0; i < n && i < r.aspectSubtotals.size(); ++i)
                average[i] += r.aspectSubtotals[i].toDouble();
        }
    const RatingResult* mine = outcome.find(orgId);
    auto* branch = new QLineSeries;
    branch->setName(branchName);
    auto* mean = new QLineSeries;
    mean->setName(QCoreApplication::translate("RatingCharts", "Average of all branches"));
    ChartStyle::markAverage(mean);
    const double step = 360.0 / n;
    for (int i = 0; i <= n; ++i) {
        const int a = i % n;
        // Charts draw, they decide nothing: doubles are fine here.
        const double max = t.aspects[a].maxPoints().toDouble();
        const double value =
            mine && a < mine->aspectSubtotals.size() ? mine->aspectSubtotals[a].toDouble() : 0;
        branch->append(i * step, max > 0 ? 100.0 * value / max : 0);
        mean->append(i * step, max > 0 && rated ? 100.0 * average[a] / rated / max : 0);
    }
    chart->addSeries(branch);
    chart->addSeries(mean);
    // The angular axis names the aspects at their spokes.
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setTruncateLabels(false);
    for (int i = 0; i < n; ++i)
        angular->append(t.aspects[i].name, i * step);
    angular->setLabelsFont(chart->font());
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto* radial = new QValueAxis;
    ChartStyle::setNiceRange(radial, 0, 100, false, 5);
    radial->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries* s : {branch, mean}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    ChartStyle::colourSeries(chart);
    return chart;
}

QChart* overYears(const QList<QPair<int, double>>& totals, const QString& branchName)
{
    auto* series = new QLineSeries;
    series->setName(branchName);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    series->setPointLabelsClipping(false);
    int first = 0, last = 0;
    double highest = fullMarks;
    for (const auto& [year, total] : totals) {
        first = first ? std::min(first, year) : year;
        last = std::max(last, year);
        highest = std::max(highest, total);
    }
    // Every year from the first to the last is a label of its own; a year not rated has no point.
    QStringList years;
    for (int year = first; first > 0 && year <= last; ++year)
        years << QString::number(year);
    for (const auto& [year, total] : totals)
        series->append(year - first, total);
    auto* chart = new QChart;
    chart->addSeries(series);
    ChartStyle::apply(
        chart, QCoreApplication::translate("RatingCharts", "%1: total over the years").arg(branchName));
    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(years);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    ChartStyle::setNiceRange(axisY, 0, highest, false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    ChartStyle::colourSeries(chart);
    chart->legend()->hide();
    return chart;
}

QByteArray toPng(QChart* chart, int width, int height)
{
    return ChartImage::png(ChartImage::render(chart, QSize(width, height), printScale));
}

} // namespace partydesk::RatingCharts
