#include "XlsTableReader.h"

#include "BiffCheck.h"
#include "TableMessages.h"

#include <cmath>
#include <freexl.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace partydesk::tabular {

namespace {

QString openProblem(int code)
{
    switch (code) {
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QCoreApplication::translate(
            "TableReader",
            "it is an Office file without an Excel workbook inside: a WPS spreadsheet (.et) or a "
            "password-protected workbook looks like this. Open it in WPS or Excel and save it as "
            ".xlsx without a password.");
    case FREEXL_INSUFFICIENT_MEMORY:
        return QCoreApplication::translate("TableReader", "there is not enough memory to read it.");
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return QCoreApplication::translate(
            "TableReader", "its text is in a character set this program cannot read: save it as .xlsx.");
    default:
        return QCoreApplication::translate("TableReader",
                                           "it is damaged or not an Excel 97-2003 workbook (error %1): "
                                           "open it in Excel or WPS and save it as .xlsx.")
            .arg(code);
    }
}

// "2024-07-01", "2024-07-01 08:30:00" or "08:30:00", as freexl gives dates, as a serial day.
std::optional<double> serialOf(const char* text, unsigned char type)
{
    const QString t = QString::fromUtf8(text ? text : "");
    if (type == FREEXL_CELL_TIME) {
        const QTime time = QTime::fromString(t, QStringLiteral("HH:mm:ss"));
        return time.isValid() ? std::optional<double>(time.msecsSinceStartOfDay() / 86400000.0)
                              : std::nullopt;
    }
    const QDate date = QDate::fromString(t.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (type == FREEXL_CELL_DATETIME) {
        time = QTime::fromString(t.mid(11), QStringLiteral("HH:mm:ss"));
        if (!time.isValid())
            return std::nullopt;
    }
    return excelSerialFromDate(date, time);
}

} // namespace

std::unique_ptr<TableReader> XlsTableReader::open(const QString& path, const TableLimits& limits,
                                                  QString* error)
{
    std::unique_ptr<XlsTableReader> reader(new XlsTableReader);
    reader->m_file = QFileInfo(path).fileName();
    reader->m_limits = limits;
    // freexl reads out of bounds on some damaged files: the strings are checked before it sees them.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > limits.maxFileBytes) {
        *error =
            fileProblem(reader->m_file, QCoreApplication::translate("TableReader", "the file cannot be read "
                                                                                   "(%1).")
                                            .arg(file.errorString()));
        return nullptr;
    }
    bool hasWorkbook = false;
    const QString unsound = checkBiffStrings(file.readAll(), limits.maxCells, &hasWorkbook);
    file.close();
    if (!unsound.isEmpty() || !hasWorkbook) {
        *error = fileProblem(reader->m_file,
                             !unsound.isEmpty() ? unsound : openProblem(FREEXL_BIFF_WORKBOOK_NOT_FOUND));
        return nullptr;
    }
    const int code = freexl_open(QFile::encodeName(path).constData(), &reader->m_handle);
    if (code != FREEXL_OK) {
        reader->m_handle = nullptr; // freexl has freed what it had
        *error = fileProblem(reader->m_file, openProblem(code));
        return nullptr;
    }
    unsigned int value = 0;
    if (freexl_get_info(reader->m_handle, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK &&
        value == FREEXL_BIFF_OBFUSCATED) {
        *error = fileProblem(reader->m_file,
                             QCoreApplication::translate(
                                 "TableReader", "the workbook is protected with a password: save it without "
                                                "one (as .xlsx) and import that."));
        return nullptr;
    }
    unsigned int count = 0;
    if (freexl_get_info(reader->m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
        *error = fileProblem(reader->m_file,
                             QCoreApplication::translate("TableReader", "the workbook has no sheets."));
        return nullptr;
    }
    if (count > unsigned(limits.maxSheets)) {
        *error =
            fileProblem(reader->m_file,
                        QCoreApplication::translate("TableReader", "the workbook has more than %1 sheets, "
                                                                   "more than this program reads.")
                            .arg(limits.maxSheets));
        return nullptr;
    }
    for (unsigned int i = 0; i < count; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(reader->m_handle, (unsigned short)i, &name) != FREEXL_OK || !name) {
            *error =
                fileProblem(reader->m_file,
                            QCoreApplication::translate("TableReader", "the name of sheet %1 cannot be read; "
                                                                       "the file is damaged.")
                                .arg(i + 1));
            return nullptr;
        }
        reader->m_names << QString::fromUtf8(name).left(255);
    }
    return reader;
}

XlsTableReader::~XlsTableReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

TableReader::Status XlsTableReader::readSheet(int index, const RowSink& sink, QString* error)
{
    m_progress = 0;
    if (index < 0 || index >= m_names.size()) {
        *error = fileProblem(
            m_file, QCoreApplication::translate("TableReader", "there is no sheet %1.").arg(index + 1));
        return Status::Failed;
    }
    const QString& sheet = m_names[index];
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, (unsigned short)index) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK) {
        *error = sheetProblem(
            m_file, sheet,
            QCoreApplication::translate("TableReader", "the sheet cannot be read; the file is damaged."));
        return Status::Failed;
    }
    if (rows > unsigned(m_limits.maxRows) || columns > m_limits.maxColumns ||
        qint64(rows) * columns > m_limits.maxCells) {
        *error =
            sheetProblem(m_file, sheet,
                         QCoreApplication::translate("TableReader", "the sheet spans %1 rows and %2 columns, "
                                                                    "more than this program reads.")
                             .arg(rows)
                             .arg(columns));
        return Status::Failed;
    }
    TableRow row;
    for (unsigned int r = 0; r < rows; ++r) {
        row.cells.clear();
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(m_handle, r, c, &value) != FREEXL_OK) {
                *error = cellProblem(m_file, sheet, cellName(int(r), c),
                                     QCoreApplication::translate(
                                         "TableReader", "the cell cannot be read; the file is damaged."));
                return Status::Failed;
            }
            TableCell cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.type = TableCell::Type::Number;
                cell.number = value.value.int_value;
                break;
            case FREEXL_CELL_DOUBLE:
                if (!std::isfinite(value.value.double_value)) {
                    *error =
                        cellProblem(m_file, sheet, cellName(int(r), c),
                                    QCoreApplication::translate(
                                        "TableReader",
                                        "the cell holds a number that is not finite; the file is damaged."));
                    return Status::Failed;
                }
                cell.type = TableCell::Type::Number;
                cell.number = value.value.double_value;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell.type = TableCell::Type::Text;
                cell.text = QString::fromUtf8(value.value.text_value ? value.value.text_value : "");
                if (cell.text.size() > m_limits.maxCellChars) {
                    *error = cellProblem(
                        m_file, sheet, cellName(int(r), c),
                        QCoreApplication::translate("TableReader", "the text is longer than %1 characters.")
                            .arg(m_limits.maxCellChars));
                    return Status::Failed;
                }
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                const std::optional<double> serial = serialOf(value.value.text_value, value.type);
                if (!serial) {
                    *error = cellProblem(m_file, sheet, cellName(int(r), c),
                                         QCoreApplication::translate("TableReader", "\"%1\" is not a date.")
                                             .arg(quoted(QString::fromUtf8(value.value.text_value))));
                    return Status::Failed;
                }
                cell.type = TableCell::Type::Date;
                cell.number = *serial;
                break;
            }
            default:
                continue;
            }
            row.cells.resize(size_t(c) + 1);
            row.cells[c] = std::move(cell);
        }
        m_progress = double(r + 1) / double(rows);
        if (row.cells.empty())
            continue;
        row.number = int(r) + 1;
        if (!sink(row))
            return Status::Cancelled;
    }
    m_progress = 1;
    return Status::Ok;
}

} // namespace partydesk::tabular
