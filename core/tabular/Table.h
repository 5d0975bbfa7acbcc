#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <vector>

namespace partydesk {

// One cell as the file stores it. Importers decide what it means; the reader only says what it is.
struct TableCell
{
    enum class Type : quint8
    {
        Empty,
        Text,    // `text` as typed (CSV cells are always text)
        Number,  // `number`, finite; a number cell shows how the file stored it (an ID number typed
                 // into a number cell has already lost its last digits)
        Date,    // `number` is the Excel serial day (1900 system, fraction = time of day)
        Boolean, // `number` 0 or 1
        Error    // `text`: the error as shown ("#N/A")
    };
    Type type = Type::Empty;
    QString text;
    double number = 0;

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
    // The date of a Date cell (or of a Number cell read as an Excel serial day); invalid otherwise.
    QDate date() const;
    // The cell as a person reads it: text as typed, a whole number without exponent or ".0",
    // another number in its shortest exact form, a date as 2024-07-01, TRUE/FALSE.
    QString displayText() const;
};

// One row of a sheet: `number` is its 1-based row number in the sheet, as the user sees it.
struct TableRow
{
    int number = 0;
    std::vector<TableCell> cells; // index = 0-based column; trailing empty cells may be missing

    const TableCell& cell(int column) const;
    bool isBlank() const;
};

// Bounds on what a reader accepts, so a damaged or hostile file fails with a message instead of
// exhausting memory or time.
struct TableLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    qint64 maxPartBytes = 1024LL * 1024 * 1024; // one uncompressed part of a workbook
    int maxSheets = 255;
    qint64 maxCells = 30'000'000; // cells present in one sheet
    qint64 maxSharedStrings = 10'000'000;
    int maxCellChars = 32767; // Excel's own limit
    int maxRows = 1048576;    // Excel's limits on references
    int maxColumns = 16384;   // XFD
};

// Excel's serial day number to a date (1900 system, Lotus' 29 Feb 1900 included); invalid when
// out of range or not finite.
QDate dateFromExcelSerial(double serial);
// The serial day of `date` (plus `time` as the fraction of a day); 0 for an invalid date.
double excelSerialFromDate(QDate date, QTime time = QTime());

} // namespace partydesk
