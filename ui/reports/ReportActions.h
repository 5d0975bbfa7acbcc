#pragma once

#include "report/TableReport.h"

#include <QList>
#include <QString>

class QWidget;

namespace partydesk {

class Workspace;

enum class ReportFormat
{
    Xlsx,
    Pdf
};

// Asks where to save, writes the reports behind a progress dialog that can cancel, and tells the
// user how it went: a written file in FileWrittenMessage (打开文件 / 打开所在文件夹), which does not
// block. Returns the path written, or an empty string.
QString exportReports(QWidget* parent, const QList<TableReport>& reports, ReportFormat format,
                      const QString& suggestedName);

// Qt's print preview, from which the user prints; then says how many pages went to the printer
// (or, printed to a PDF file, where it is). True when the user printed.
bool previewReports(QWidget* parent, const QList<TableReport>& reports);

// The same for a workspace's data: the signed-in user's role must allow the output (the reason is
// shown otherwise), and each file written or print made is recorded in the audit trail as `what`
// with its rows.
QString exportReports(QWidget* parent, Workspace& workspace, const QString& what,
                      const QList<TableReport>& reports, ReportFormat format, const QString& suggestedName);
void previewReports(QWidget* parent, Workspace& workspace, const QString& what,
                    const QList<TableReport>& reports);

} // namespace partydesk
