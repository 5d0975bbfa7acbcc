#include "TableReader.h"

#include "CsvTableReader.h"
#include "TableMessages.h"
#include "XlsTableReader.h"
#include "XlsxTableReader.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace partydesk {

using namespace tabular;

namespace {

// Web systems often save an HTML table or Excel 2003 XML under an .xls name.
bool looksLikeMarkup(QByteArray head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed().left(512).toLower();
    return head.startsWith("<?xml") || head.startsWith("<html") || head.startsWith("<!doctype") ||
           head.startsWith("<table") || head.contains("<html");
}

} // namespace

std::unique_ptr<TableReader> TableReader::open(const QString& path, QString* error, const TableLimits& limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            fileProblem(name, QCoreApplication::translate("TableReader", "the file cannot be opened (%1).")
                                  .arg(file.errorString()));
        return nullptr;
    }
    if (file.size() == 0) {
        *error = fileProblem(name, QCoreApplication::translate("TableReader", "the file is empty."));
        return nullptr;
    }
    if (file.size() > limits.maxFileBytes) {
        *error = fileProblem(
            name, QCoreApplication::translate("TableReader", "the file is %1 MB, larger than the %2 MB this "
                                                             "program reads.")
                      .arg(double(file.size()) / 1048576.0, 0, 'f', 1)
                      .arg(double(limits.maxFileBytes) / 1048576.0, 0, 'f', 1));
        return nullptr;
    }
    const QByteArray head = file.read(4096);
    file.close();
    if (info.suffix().compare(QLatin1String("et"), Qt::CaseInsensitive) == 0 ||
        info.suffix().compare(QLatin1String("ett"), Qt::CaseInsensitive) == 0) {
        *error = fileProblem(
            name, QCoreApplication::translate(
                      "TableReader", "it is a WPS spreadsheet (.et), which this program cannot read: open it "
                                     "in WPS and save it as .xlsx."));
        return nullptr;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return XlsxTableReader::open(path, limits, error);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return XlsTableReader::open(path, limits, error);
    if (looksLikeMarkup(head)) {
        *error = fileProblem(name, QCoreApplication::translate(
                                       "TableReader",
                                       "it is a web page or XML file saved under a spreadsheet name, not a "
                                       "real workbook: open it in Excel or WPS and save it as .xlsx."));
        return nullptr;
    }
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && (head.contains('\0') || head.startsWith("%PDF") || head.startsWith("\x89PNG"))) {
        *error = fileProblem(
            name, QCoreApplication::translate(
                      "TableReader", "it is neither a spreadsheet nor a text file (.xlsx, .xls, .csv)."));
        return nullptr;
    }
    return CsvTableReader::open(path, limits, error);
}

const TableCell& TableSheet::cell(int row, int column) const
{
    static const TableCell empty;
    const auto found = std::lower_bound(rows.begin(), rows.end(), row + 1,
                                        [](const TableRow& r, int number) { return r.number < number; });
    return found != rows.end() && found->number == row + 1 ? found->cell(column) : empty;
}

QList<TableSheet> readWorkbook(const QString& path, QString* error, const TableLimits& limits)
{
    const std::unique_ptr<TableReader> reader = TableReader::open(path, error, limits);
    if (!reader)
        return {};
    QList<TableSheet> sheets;
    const QStringList names = reader->sheetNames();
    // Held cells, empty ones between values included: the whole workbook stays within maxCells.
    qint64 held = 0;
    bool tooLarge = false;
    for (int i = 0; i < names.size(); ++i) {
        TableSheet sheet;
        sheet.name = names[i];
        const TableReader::Status status = reader->readSheet(
            i,
            [&](const TableRow& row) {
                held += qint64(row.cells.size());
                if (held > limits.maxCells) {
                    tooLarge = true;
                    return false;
                }
                sheet.rows.push_back(row);
                return true;
            },
            error);
        if (tooLarge) {
            *error = sheetProblem(QFileInfo(path).fileName(), sheet.name,
                                  QCoreApplication::translate("TableReader", "the workbook has more than %1 "
                                                                             "cells, more than this program "
                                                                             "reads at once.")
                                      .arg(limits.maxCells));
            return {};
        }
        if (status != TableReader::Status::Ok)
            return {};
        sheets << sheet;
    }
    return sheets;
}

} // namespace partydesk
