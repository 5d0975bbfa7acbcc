#pragma once

#include "report/TableReport.h"

#include <QFont>
#include <QList>

class QPagedPaintDevice;

namespace partydesk {

// Lays tables out on A4 pages and paints them, for PDF files and for the printer alike: a title,
// the organisation and date on every page, the header repeated, no row split across pages, columns
// as wide as their whole values (landscape or a smaller font before a word breaks), the page's full
// width, the parts of one document following each other on a page, and "第 x 页 共 y 页" at the foot.
class ReportRenderer
{
public:
    explicit ReportRenderer(QList<TableReport> reports);

    // Returns false when `progress` cancelled.
    bool render(QPagedPaintDevice* device, const ExportProgress& progress = {});
    // The pages the last render() made.
    int pageCount() const { return m_pageCount; }

    // A face that draws Simplified Chinese and whose character map has no Kangxi radicals, so
    // text copied out of the PDF is the same characters (Noto Sans CJK maps 人 to ⼈ in Qt's PDFs).
    static QFont font(qreal pointSize);

private:
    QList<TableReport> m_reports;
    int m_pageCount = 0;
};

// Writes the reports to a PDF file, atomically. Returns an error message, or an empty string.
QString writePdf(const QList<TableReport>& reports, const QString& path, const QString& creator,
                 const ExportProgress& progress = {});

} // namespace partydesk
