#pragma once

#include "TableReport.h"

#include <QList>
#include <QString>

namespace partydesk {

// Up to this many sheets a workbook is written in libxlsxwriter's constant-memory mode (one open
// temporary file per sheet); more sheets are kept in memory instead.
constexpr int constantMemorySheetLimit = 16;

// Writes each report as a sheet of one .xlsx workbook (libxlsxwriter): a title row, the header
// frozen and repeated on every printed page, ID and phone numbers as text cells, dates as real
// date cells. A report marked sameSheetAsPrevious goes below the one before, on its sheet. Every
// write is checked; the file appears only when complete: it is written under a temporary name and
// renamed. Returns an error message for the user, or an empty string.
QString writeXlsx(const QList<TableReport>& reports, const QString& path,
                  const ExportProgress& progress = {});

} // namespace partydesk
