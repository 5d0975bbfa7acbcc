#include "ChartStyle.h"

#include "reports/ReportRenderer.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

namespace partydesk::ChartStyle {

namespace {

const char* const averageProperty = "partydeskAverage";

constexpr qreal titlePoints = 11;
constexpr qreal labelPoints = 9;

} // namespace

const QList<QColor>& palette()
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                          QColor(0x00, 0x9E, 0x73), QColor(0xE6, 0x9F, 0x00),
                                          QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
                                          QColor(0xF0, 0xE4, 0x42)};
    return colours;
}

QColor colour(int index)
{
    return palette().at(index % palette().size());
}

QColor averageColour()
{
    return QColor(0x00, 0x00, 0x00);
}

void apply(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setFont(ReportRenderer::font(labelPoints));
    QFont titleFont = ReportRenderer::font(titlePoints);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QLegend* legend = chart->legend();
    legend->setFont(ReportRenderer::font(labelPoints));
    legend->setAlignment(Qt::AlignBottom);
    legend->setShowToolTips(true);
}

void fitLegend(QChart* chart, qreal width)
{
    QLegend* legend = chart->legend();
    if (!legend->isVisible() || legend->markers().isEmpty())
        return;
    const QFontMetricsF metrics(legend->font());
    qreal needed = 0;
    for (QLegendMarker* marker : legend->markers())
        if (marker->isVisible()) // the name, its colour box and the space between entries
            needed += metrics.horizontalAdvance(marker->label()) + 3 * metrics.height();
    const Qt::Alignment wanted = needed <= width * 0.9 ? Qt::AlignBottom : Qt::AlignRight;
    if (legend->alignment() != wanted)
        legend->setAlignment(wanted);
}

void markAverage(QAbstractSeries* series)
{
    series->setProperty(averageProperty, true);
}

bool isAverage(const QAbstractSeries* series)
{
    return series->property(averageProperty).toBool();
}

void colourSeries(QChart* chart)
{
    int next = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                set->setColor(colour(next++));
                set->setBorderColor(set->color().darker(115));
                set->setLabelColor(Qt::black);
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                slice->setColor(colour(next++));
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            area->setColor(colour(next++));
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            QPen pen = xy->pen();
            if (isAverage(xy)) {
                pen.setColor(averageColour());
                pen.setStyle(Qt::DashLine);
                pen.setWidthF(2);
            } else {
                pen.setColor(colour(next++));
                pen.setStyle(Qt::SolidLine);
                pen.setWidthF(2.5);
            }
            xy->setPen(pen);
            xy->setColor(pen.color());
            if (qobject_cast<QScatterSeries*>(xy) == nullptr)
                xy->setPointLabelsColor(Qt::black);
        }
    }
}

NiceScale setNiceRange(QValueAxis* axis, double low, double high, bool integers, int maxIntervals)
{
    const NiceScale scale = niceScale(low, high, maxIntervals, integers);
    axis->setRange(scale.min, scale.max);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(scale.tickCount());
    axis->setMinorTickCount(0);
    axis->setLabelFormat(scale.decimals == 0 ? QStringLiteral("%d")
                                             : QStringLiteral("%.%1f").arg(scale.decimals));
    axis->setLabelsFont(ReportRenderer::font(labelPoints));
    return scale;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    axis->setLabelsFont(ReportRenderer::font(labelPoints));
    return axis;
}

QChart* countBars(QBarSet* counts, const QStringList& categories, const QString& title, int maxIntervals)
{
    double highest = 0;
    for (int i = 0; i < counts->count(); ++i)
        highest = std::max(highest, counts->at(i));
    auto* bars = new QBarSeries;
    bars->append(counts);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    auto* chart = new QChart;
    chart->addSeries(bars);
    apply(chart, title);
    QBarCategoryAxis* categoryAxis = ChartStyle::categoryAxis(categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    auto* countAxis = new QValueAxis;
    // Room above the tallest bar for its count.
    setNiceRange(countAxis, 0, highest + std::max(1.0, highest * 0.1), true, maxIntervals);
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    colourSeries(chart);
    chart->legend()->hide();
    return chart;
}

} // namespace partydesk::ChartStyle
