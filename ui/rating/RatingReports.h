#pragma once

#include "rating/RatingReport.h"

namespace partydesk {

// The annual report's tables with their charts: the ranking with its bars, the star levels with
// theirs, then every branch's sheet.
QList<TableReport> ratingReportWithCharts(const RatingReport& report, const QHash<qint64, QString>& names);

} // namespace partydesk
