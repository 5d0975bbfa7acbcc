#pragma once

#include "TableReport.h"

#include <QList>
#include <QString>

namespace partydesk {

// Writes each report as a sheet of one .xlsx workbook (libxlsxwriter, constant memory): a title
// row, the header frozen and repeated on every printed page, ID and phone numbers as text cells,
// dates as real date cells. The file appears only when complete: it is written under a temporary
// name and renamed. Returns an error message for the user, or an empty string.
QString writeXlsx(const QList<TableReport>& reports, const QString& path,
                  const ExportProgress& progress = {});

} // namespace partydesk
