#pragma once

#include "RatingTemplate.h"
#include "report/TableReport.h"

#include <QStringList>

namespace partydesk {

// A template as a workbook a street hands to its communities: settings, the tasks, and the bonus,
// deduction and veto items, one sheet each.
QList<TableReport> templateWorkbook(const RatingTemplate& ratingTemplate);

// Reads such a workbook into a template for `year` (ids 0, to be saved). `problems` says, by sheet
// and row, what is wrong; the template is usable only when it is empty.
RatingTemplate readTemplateWorkbook(const QString& path, int year, QStringList* problems);

} // namespace partydesk
