#include "RatingCharts.h"

#include "reports/ReportRenderer.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace partydesk::RatingCharts {

namespace {

void style(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    QFont font = ReportRenderer::font(10);
    chart->setFont(font);
    font.setBold(true);
    font.setPointSizeF(12);
    chart->setTitleFont(font);
    chart->legend()->setFont(ReportRenderer::font(9));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(ReportRenderer::font(9));
}

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
    set->setColor(QColor(0xC8, 0x16, 0x1D));
    QStringList categories;
    for (const RatingResult* r : rated) {
        *set << r->total.toDouble();
        categories << names.value(r->orgId);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* chart = new QChart;
    chart->addSeries(series);
    style(chart, QCoreApplication::translate("RatingCharts", "Ranking by total"));
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // branch names are the point of the chart
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 105);
    axisX->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
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
    set->setColor(QColor(0xE0, 0xA8, 0x00));
    QStringList categories;
    int highest = 1;
    for (int level = 5; level >= 1; --level) {
        *set << counts[level];
        categories << QString(level, QChar(0x2605));
        highest = std::max(highest, counts[level]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    style(chart, QCoreApplication::translate("RatingCharts", "Branches by star level"));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTruncateLabels(false);
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, highest + 1);
    axisY->setTickCount(std::min(highest + 2, 8));
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart* aspectRadar(const RatingTemplate& t, const RatingOutcome& outcome, qint64 orgId,
                    const QString& branchName)
{
    auto* chart = new QPolarChart;
    style(chart,
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
    branch->setPen(QPen(QColor(0xC8, 0x16, 0x1D), 2.5));
    auto* mean = new QLineSeries;
    mean->setName(QCoreApplication::translate("RatingCharts", "Average"));
    mean->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
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
    chart->addSeries(mean);
    chart->addSeries(branch);
    // The angular axis names the aspects at their spokes.
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        angular->append(t.aspects[i].name, i * step);
    styleAxis(angular);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d%"));
    styleAxis(radial);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries* s : {branch, mean}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    return chart;
}

QChart* overYears(const QList<QPair<int, double>>& totals, const QString& branchName)
{
    auto* series = new QLineSeries;
    series->setName(branchName);
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(QStringLiteral("@yPoint"));
    series->setPen(QPen(QColor(0xC8, 0x16, 0x1D), 2.5));
    int first = 0, last = 0;
    for (const auto& [year, total] : totals) {
        series->append(year, total);
        first = first ? std::min(first, year) : year;
        last = std::max(last, year);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    style(chart, QCoreApplication::translate("RatingCharts", "%1: total over the years").arg(branchName));
    auto* axisX = new QValueAxis;
    axisX->setRange(first - 0.5, last + 0.5);
    axisX->setTickCount(std::max(2, last - first + 2));
    axisX->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisX);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 105);
    axisY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QByteArray toPng(QChart* chart, int width, int height)
{
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(width, height);
    const QPixmap pixmap = view.grab();
    view.setChart(new QChart); // the caller keeps ownership of `chart`
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return png;
}

} // namespace partydesk::RatingCharts
