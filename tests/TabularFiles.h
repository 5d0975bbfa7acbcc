#pragma once

#include "tabular/TableReader.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace partydesk::test {

// Files for the tabular readers' tests, made byte by byte so malformed ones are exactly as meant.

using ZipEntries = QList<QPair<QString, QByteArray>>;
// Writes a zip; `store` keeps the entries uncompressed (so their bytes can be found and changed).
void writeZip(const QString& path, const ZipEntries& entries, bool store = false);

// The parts of a workbook whose sheets are given as worksheet XML bodies (what goes inside
// <worksheet>, usually a <sheetData>), optionally with shared strings and styles XML.
struct XlsxParts
{
    QList<QPair<QString, QByteArray>> sheets; // name, body of <worksheet>
    QByteArray sharedStrings;                 // whole part; none when empty
    QByteArray styles;                        // whole part; none when empty
};
ZipEntries xlsxEntries(const XlsxParts& parts);
// One sheet "S" with `sheetData` as its <sheetData> content.
void writeSheetXlsx(const QString& path, const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                    bool store = false);

void writeBytes(const QString& path, const QByteArray& bytes);

// Opens `path` and reads every sheet; returns the sheets or sets `error` (never both).
QList<TableSheet> readAll(const QString& path, QString* error, const TableLimits& limits = TableLimits());

// Converts `source` with LibreOffice (headless) to `format` ("xlsx", "xls", "csv:…") in `folder`;
// the converted file's path.
QString convertWithLibreOffice(const QString& source, const QString& format, const QString& folder);

} // namespace partydesk::test
