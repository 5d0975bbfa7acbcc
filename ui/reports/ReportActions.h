#pragma once

#include "report/TableReport.h"

#include <QList>
#include <QString>

class QWidget;

namespace partydesk {

enum class ReportFormat
{
    Xlsx,
    Pdf
};

// Asks where to save, writes the reports behind a progress dialog that can cancel, and tells the
// user how it went. Returns the path written, or an empty string.
QString exportReports(QWidget* parent, const QList<TableReport>& reports, ReportFormat format,
                      const QString& suggestedName);

// Qt's print preview, from which the user prints.
void previewReports(QWidget* parent, const QList<TableReport>& reports);

} // namespace partydesk
