#pragma once

#include "report/TableReport.h"

#include <QPrinter>

class QMessageBox;
class QWidget;

namespace partydesk {

// A printer that counts the pages it is given, so a print can say how much went to the printer.
class CountingPrinter : public QPrinter
{
public:
    explicit CountingPrinter(PrinterMode mode = HighResolution);
    bool newPage() override;
    // Before each rendering (a print preview renders many times).
    void restartCount() { m_breaks = 0; }
    int pageBreaks() const { return m_breaks; }

private:
    int m_breaks = 0;
};

struct PrintResult
{
    enum class Status
    {
        Printed,
        Cancelled,
        Failed
    };
    Status status = Status::Failed;
    int pages = 0; // pages sent to the printer (when cancelled: the first ones, which still print)
};

// Renders `reports` on `printer`, asking `progress` between pages whether to go on.
PrintResult printReports(CountingPrinter& printer, const QList<TableReport>& reports,
                         const ExportProgress& progress = {});

// The same behind a progress dialog that can cancel, window-modal over `parent`.
PrintResult printReports(QWidget* parent, CountingPrinter& printer, const QList<TableReport>& reports,
                         const QString& progressText);

// Tells how a print went, without blocking: `printed` (e.g. "Printed the monthly reports of 8
// branches") with the page count, or that it was cancelled and what was sent, or that it failed.
// A print to a PDF file (a choice of the print dialog) is told as a file written, to open.
QMessageBox* showPrintResult(QWidget* parent, const QPrinter& printer, const PrintResult& result,
                             const QString& printed);

} // namespace partydesk
