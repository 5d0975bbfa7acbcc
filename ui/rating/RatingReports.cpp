#include "RatingReports.h"

#include "RatingCharts.h"

#include <algorithm>
#include <memory>
#include <QChart>
#include <QCoreApplication>

namespace partydesk {

namespace {

// Bars on one chart: at 680 × (70 + 30 n) logical pixels, 25 bars still fit a portrait page at the
// page's full width with 9 pt labels.
constexpr int barsPerChart = 25;
// Logical pixels of a chart printed across a portrait page (180 mm): its fonts keep their size.
constexpr int portraitWidth = 680;

// A part of the document that is only a chart, headed by `caption` under the page's title.
TableReport chartPart(const QString& title, const QString& caption, const QString& subtitle, QChart* chart,
                      int height)
{
    TableReport part;
    part.title = title;
    part.caption = caption;
    part.subtitle = subtitle;
    part.sameSheetAsPrevious = true;
    part.keepPortrait = true;
    chart->setTitle(QString()); // the caption names it, as every other part of the document
    part.figurePng = RatingCharts::toPng(chart, portraitWidth, height);
    return part;
}

} // namespace

QList<TableReport> ratingReportWithCharts(const RatingReport& report, const QHash<qint64, QString>& names)
{
    QList<TableReport> reports = report.printedRankings();
    const QString subtitle = reports.isEmpty() ? QString() : reports.first().subtitle;
    reports << report.printedAspectScores();

    // The totals as bars, parent by parent (ranks are within a parent), at most 25 to a chart.
    const QList<RatingReport::ParentGroup> groups = report.parentGroups();
    for (const RatingReport::ParentGroup& group : groups) {
        QList<int> rated;
        for (int index : group.results)
            if (report.outcome().results[index].rated)
                rated << index;
        const int charts = (int(rated.size()) + barsPerChart - 1) / barsPerChart;
        for (int part = 0; part < charts; ++part) {
            RatingOutcome some;
            for (int i = part * barsPerChart; i < std::min(int(rated.size()), (part + 1) * barsPerChart); ++i)
                some.results << report.outcome().results[rated[i]];
            QString caption = QCoreApplication::translate("RatingReports", "Totals");
            if (groups.size() > 1)
                caption = QCoreApplication::translate("RatingReports", "%1: %2")
                              .arg(caption, names.value(group.parentId));
            if (charts > 1)
                caption = QCoreApplication::translate("RatingReports", "%1 (%2 of %3)")
                              .arg(caption)
                              .arg(part + 1)
                              .arg(charts);
            const std::unique_ptr<QChart> chart(RatingCharts::ranking(some, names));
            reports << chartPart(
                QCoreApplication::translate("RatingReports", "%1 star rating: totals").arg(report.year()),
                caption, subtitle, chart.get(), 70 + 30 * int(some.results.size()));
        }
    }

    TableReport stars = report.starDistribution();
    stars.sameSheetAsPrevious = true;
    stars.keepPortrait = true;
    const std::unique_ptr<QChart> starChart(RatingCharts::starDistribution(report.outcome()));
    starChart->setTitle(QString()); // under its table, which names it
    stars.figurePng = RatingCharts::toPng(starChart.get(), portraitWidth, 300);
    reports << stars;

    // Every branch's sheet on a page of its own, with the lines to sign.
    for (int i = 0; i < report.sheetCount(); ++i)
        reports << report.sheet(i, true);
    return reports;
}

} // namespace partydesk
