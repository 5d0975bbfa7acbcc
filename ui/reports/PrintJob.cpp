#include "PrintJob.h"

#include "FileWrittenMessage.h"
#include "ReportRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>

namespace partydesk {

CountingPrinter::CountingPrinter(PrinterMode mode) : QPrinter(mode)
{
}

bool CountingPrinter::newPage()
{
    ++m_breaks;
    return QPrinter::newPage();
}

PrintResult printReports(CountingPrinter& printer, const QList<TableReport>& reports,
                         const ExportProgress& progress)
{
    printer.restartCount();
    bool painting = false; // the first page is begun
    bool stopped = false;
    const bool finished = ReportRenderer(reports).render(&printer, [&](int done, int total) {
        painting = painting || printer.printerState() == QPrinter::Active;
        stopped = progress && !progress(done, total);
        return !stopped;
    });
    PrintResult result;
    if (finished && printer.printerState() != QPrinter::Error) {
        result.status = PrintResult::Status::Printed;
        result.pages = reports.isEmpty() ? 0 : printer.pageBreaks() + 1;
    } else if (!finished && stopped) {
        // The renderer ends the job at the page it stopped on: those pages still go to the printer.
        result.status = PrintResult::Status::Cancelled;
        result.pages = painting ? printer.pageBreaks() + 1 : 0;
    }
    return result;
}

PrintResult printReports(QWidget* parent, CountingPrinter& printer, const QList<TableReport>& reports,
                         const QString& progressText)
{
    QProgressDialog progress(progressText, QCoreApplication::translate("PrintJob", "Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const PrintResult result = printReports(printer, reports, [&](int done, int total) {
        progress.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

QMessageBox* showPrintResult(QWidget* parent, const QPrinter& printer, const PrintResult& result,
                             const QString& printed)
{
    const QString done =
        QCoreApplication::translate("PrintJob", "%1, %n page(s) in all.", nullptr, result.pages).arg(printed);
    if (result.status == PrintResult::Status::Printed && printer.outputFormat() == QPrinter::PdfFormat &&
        !printer.outputFileName().isEmpty())
        return FileWrittenMessage::show(parent, QCoreApplication::translate("PrintJob", "Printed"), done,
                                        printer.outputFileName());
    QString title;
    QString text;
    QMessageBox::Icon icon = QMessageBox::Information;
    switch (result.status) {
    case PrintResult::Status::Printed:
        title = QCoreApplication::translate("PrintJob", "Printed");
        text = done;
        break;
    case PrintResult::Status::Cancelled:
        title = QCoreApplication::translate("PrintJob", "Printing cancelled");
        text =
            result.pages > 0
                ? QCoreApplication::translate("PrintJob",
                                              "Printing was cancelled. The first %n page(s) had already "
                                              "been sent to the printer and will print; the rest will not.",
                                              nullptr, result.pages)
                : QCoreApplication::translate("PrintJob",
                                              "Printing was cancelled before any page was sent; nothing "
                                              "will print.");
        break;
    case PrintResult::Status::Failed:
        title = QCoreApplication::translate("PrintJob", "Not printed");
        text = printer.outputFormat() == QPrinter::PdfFormat
                   ? QCoreApplication::translate("PrintJob", "%1 could not be written; nothing was printed.")
                         .arg(QDir::toNativeSeparators(printer.outputFileName()))
                   : QCoreApplication::translate("PrintJob",
                                                 "The printer could not be started; nothing was printed. "
                                                 "Check that it is switched on and connected, then print "
                                                 "again.");
        icon = QMessageBox::Warning;
        break;
    }
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("printResultMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace partydesk
