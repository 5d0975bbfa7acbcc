#pragma once

#include "rating/RatingReport.h"

namespace partydesk {

// The annual report on paper: the ranking at a glance and the points by aspect (portrait, one
// table of each per parent), the totals as bars across the page, the star levels with their chart,
// then every branch's sheet on a page of its own with the lines to sign.
QList<TableReport> ratingReportWithCharts(const RatingReport& report, const QHash<qint64, QString>& names);

} // namespace partydesk
