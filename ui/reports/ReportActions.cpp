#include "ReportActions.h"

#include "FileWrittenMessage.h"
#include "PrintJob.h"
#include "report/XlsxReportWriter.h"
#include "ReportRenderer.h"
#include "security/OutputPolicy.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>

namespace partydesk {

QString exportReports(QWidget* parent, const QList<TableReport>& reports, ReportFormat format,
                      const QString& suggestedName)
{
    const bool xlsx = format == ReportFormat::Xlsx;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(suggestedName + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".pdf")));
    QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("ReportActions", "Export"), suggested,
        xlsx ? QApplication::translate("ReportActions", "Excel workbooks (*.xlsx)")
             : QApplication::translate("ReportActions", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".pdf");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;

    QProgressDialog progress(
        QApplication::translate("ReportActions", "Writing %1…").arg(QDir::toNativeSeparators(path)),
        QApplication::translate("ReportActions", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto report = [&](int done, int total) {
        progress.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    const QString error = xlsx ? writeXlsx(reports, path, report)
                               : writePdf(reports, path, QApplication::applicationName(), report);
    progress.reset();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QApplication::translate("ReportActions", "Not exported"), error);
        return {};
    }
    FileWrittenMessage::show(parent, QApplication::translate("ReportActions", "Exported"),
                             QApplication::translate("ReportActions", "The export is finished."), path);
    return path;
}

bool previewReports(QWidget* parent, const QList<TableReport>& reports)
{
    CountingPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QApplication::translate("ReportActions", "Print preview"));
    // The preview renders many times; the last rendering before the dialog is accepted is the print.
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, [&reports, &printer](QPrinter* target) {
        printer.restartCount();
        ReportRenderer(reports).render(target);
    });
    preview.resize(1000, 800);
    if (preview.exec() != QDialog::Accepted)
        return false;
    const PrintResult printed{PrintResult::Status::Printed, reports.isEmpty() ? 0 : printer.pageBreaks() + 1};
    showPrintResult(parent, printer, printed,
                    QApplication::translate("ReportActions", "Sent to the printer"));
    return true;
}

namespace {

// The role's refusal, shown; true when the output may go ahead.
bool allowed(QWidget* parent, Workspace& workspace, OutputPolicy::Kind kind,
             const QList<TableReport>& reports)
{
    const QString why = OutputPolicy::refusal(workspace.session(), kind, containFullIdNumbers(reports));
    if (why.isEmpty())
        return true;
    QMessageBox::information(parent,
                             kind == OutputPolicy::Kind::Print
                                 ? QApplication::translate("ReportActions", "Not printed")
                                 : QApplication::translate("ReportActions", "Not exported"),
                             why);
    return false;
}

} // namespace

QString exportReports(QWidget* parent, Workspace& workspace, const QString& what,
                      const QList<TableReport>& reports, ReportFormat format, const QString& suggestedName)
{
    if (!allowed(parent, workspace, OutputPolicy::Kind::Export, reports))
        return {};
    const QString path = exportReports(parent, reports, format, suggestedName);
    if (!path.isEmpty())
        OutputPolicy::record(workspace.audit(), OutputPolicy::Kind::Export, containFullIdNumbers(reports),
                             what, totalRows(reports), path);
    return path;
}

void previewReports(QWidget* parent, Workspace& workspace, const QString& what,
                    const QList<TableReport>& reports)
{
    if (!allowed(parent, workspace, OutputPolicy::Kind::Print, reports))
        return;
    if (previewReports(parent, reports))
        OutputPolicy::record(workspace.audit(), OutputPolicy::Kind::Print, containFullIdNumbers(reports),
                             what, totalRows(reports));
}

} // namespace partydesk
