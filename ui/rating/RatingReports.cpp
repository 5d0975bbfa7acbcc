#include "RatingReports.h"

#include "RatingCharts.h"

#include <memory>
#include <QChart>

namespace partydesk {

QList<TableReport> ratingReportWithCharts(const RatingReport& report, const QHash<qint64, QString>& names)
{
    QList<TableReport> reports = report.all();
    const std::unique_ptr<QChart> ranking(RatingCharts::ranking(report.outcome(), names));
    reports[0].figurePng = RatingCharts::toPng(
        ranking.get(), 900, std::min(1600, std::max(400, 80 + 26 * int(report.sheetCount()))));
    const std::unique_ptr<QChart> stars(RatingCharts::starDistribution(report.outcome()));
    reports[1].figurePng = RatingCharts::toPng(stars.get(), 800, 400);
    return reports;
}

} // namespace partydesk
