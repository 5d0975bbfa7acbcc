#pragma once

#include <functional>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

class QImage; // made by the interface (Qt Gui); the core only carries the function

namespace partydesk {

// A printable table, independent of the file format: Excel and PDF writers both render it.
// Cells come from a function so a 100,000-row roster is never copied into a second structure.
struct ReportColumn
{
    enum class Kind
    {
        Text,
        Code,   // digits that are not numbers (ID and phone numbers): always a text cell
        Number, // an integer
        Date,
        Money // fen (qint64): a number of yuan with two decimals in Excel, 123.45 in print
    };
    QString header;
    Kind kind = Kind::Text;
    double width = 6; // in Chinese characters
};

struct TableReport
{
    QString title;     // 党员花名册
    QString subtitle;  // organisation, date, filter
    QString sheetName; // for Excel, at most 31 characters
    QList<ReportColumn> columns;
    int rowCount = 0;
    // QString, int or QDate; an invalid QVariant is an empty cell.
    std::function<QVariant(int row, int column)> cell;
    // Rows drawn in bold (totals).
    std::function<bool(int row)> emphasised;
    // A chart, as PNG, drawn under the table (PDF and print only; Excel has the numbers).
    QByteArray figurePng;
    // Or a figure made only when its page is drawn (a meeting's photos: a report on 3,000
    // branches never holds them all), of this size; used when figurePng is empty.
    std::function<QImage()> makeFigure;
    QSize figureSize;
    // Excel: drawn below the previous report on its sheet (a branch's monthly report is one sheet
    // of several tables), not on a sheet of its own. PDF pages are the same either way.
    // In PDF and print it then follows the previous table on its page when there is room, under
    // `caption` (the title when empty), as the parts of one document do.
    bool sameSheetAsPrevious = false;
    QString caption;
    // PDF and print: a document's parts keep portrait pages, with a smaller font or wrapped text
    // rather than turning landscape.
    bool keepPortrait = false;
    // PDF and print: lines to sign or stamp under the table (填报单位（盖章）, 填报人, 审核人, 日期),
    // kept together on one page.
    QStringList signatures;
    // Full ID (or phone) numbers in the cells: the file is made readable by its owner only.
    bool containsFullIdNumbers = false;
};

// The rows of all `reports` (what an export or print records).
inline qint64 totalRows(const QList<TableReport>& reports)
{
    qint64 rows = 0;
    for (const TableReport& report : reports)
        rows += report.rowCount;
    return rows;
}

// Whether any of `reports` shows full ID numbers.
inline bool containFullIdNumbers(const QList<TableReport>& reports)
{
    for (const TableReport& report : reports)
        if (report.containsFullIdNumbers)
            return true;
    return false;
}

// Progress of long exports: `done` of `total` steps. Returning false cancels.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace partydesk
