#pragma once

#include "Table.h"

#include <functional>
#include <memory>
#include <QList>
#include <QStringList>

namespace partydesk {

// The one reader of outside spreadsheet files (.xlsx, .xls, .csv) that every importer uses.
// Damaged input, an XML or zip error, a CRC error or a limit reached fails the read with a message
// in the user's language that says what and where; it is never a success with rows missing.
class TableReader
{
public:
    enum class Status
    {
        Ok,
        Failed,   // `error` says why
        Cancelled // the row sink returned false
    };
    // Receives each row that has at least one cell, in sheet order; returns false to stop.
    using RowSink = std::function<bool(const TableRow&)>;

    virtual ~TableReader() = default;

    // Chooses the reader by content (zip, OLE2 compound file, else text), not by extension alone.
    // .et (WPS) and other formats are refused with a message that says what to save as instead.
    static std::unique_ptr<TableReader> open(const QString& path, QString* error,
                                             const TableLimits& limits = TableLimits());

    virtual QStringList sheetNames() const = 0;
    // Streams one sheet's rows to `sink`; memory grows with the cells present, not the references.
    virtual Status readSheet(int index, const RowSink& sink, QString* error) = 0;
    // How far the current readSheet has come, 0..1 (for progress bars).
    virtual double progress() const = 0;
};

// The whole of one sheet in memory, for small files (score sheets, templates).
struct TableSheet
{
    QString name;
    std::vector<TableRow> rows; // only rows with cells, in order

    // 0-based row and column as in the sheet, whatever rows are missing.
    const TableCell& cell(int row, int column) const;
    int rowCount() const { return rows.empty() ? 0 : rows.back().number; }
};

// Every sheet of a small workbook; on failure returns nothing and sets `error`.
QList<TableSheet> readWorkbook(const QString& path, QString* error,
                               const TableLimits& limits = TableLimits());

} // namespace partydesk
