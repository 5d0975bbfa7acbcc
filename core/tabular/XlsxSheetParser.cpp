#include "XlsxSheetParser.h"

#include "CellReference.h"
#include "TableMessages.h"
#include "XlsxParts.h"

#include <cmath>
#include <QCoreApplication>

namespace partydesk::tabular {

namespace {

// An ISO 8601 date, date and time, or time (a cell of type "d") as a serial day.
std::optional<double> isoSerial(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() <= 12 && t.contains(QLatin1Char(':')) && !t.contains(QLatin1Char('-'))) {
        const QTime time = QTime::fromString(t, Qt::ISODateWithMs);
        if (time.isValid())
            return time.msecsSinceStartOfDay() / 86400000.0;
        return std::nullopt;
    }
    const QDate date = QDate::fromString(t.left(10), Qt::ISODate);
    if (!date.isValid() || date.year() < 1900)
        return std::nullopt;
    if (t.size() == 10)
        return excelSerialFromDate(date);
    QString rest = t.mid(11);
    if (t[10] != QLatin1Char('T') && t[10] != QLatin1Char(' '))
        return std::nullopt;
    if (rest.endsWith(QLatin1Char('Z')))
        rest.chop(1);
    const QTime time = QTime::fromString(rest, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return excelSerialFromDate(date, time);
}

enum class Kind
{
    Number,
    Shared,
    Text,   // str
    Inline, // inlineStr
    Error,
    Boolean,
    Date,
    Unknown
};

Kind kindOf(QStringView t)
{
    if (t.isEmpty() || t == QLatin1String("n"))
        return Kind::Number;
    if (t == QLatin1String("s"))
        return Kind::Shared;
    if (t == QLatin1String("str"))
        return Kind::Text;
    if (t == QLatin1String("inlineStr"))
        return Kind::Inline;
    if (t == QLatin1String("e"))
        return Kind::Error;
    if (t == QLatin1String("b"))
        return Kind::Boolean;
    if (t == QLatin1String("d"))
        return Kind::Date;
    return Kind::Unknown;
}

class SheetWalk
{
public:
    SheetWalk(XmlPartReader& reader, const XlsxContext& context, const TableReader::RowSink& sink,
              QString* error)
        : m_reader(reader), m_context(context), m_sink(sink), m_error(error)
    {
    }

    TableReader::Status run();

private:
    bool startRow();
    bool startCell();
    bool endCell();
    TableReader::Status endRow();
    bool cellFails(const QString& reason)
    {
        *m_error = cellProblem(m_context.file, m_context.sheet, cellName(m_row, m_column), reason);
        return false;
    }
    bool rowFails(const QString& reason)
    {
        *m_error = rowProblem(m_context.file, m_context.sheet, qint64(m_row) + 1, reason);
        return false;
    }

    XmlPartReader& m_reader;
    const XlsxContext& m_context;
    const TableReader::RowSink& m_sink;
    QString* m_error;

    // Depths of the open elements that matter (0: not open).
    int m_sheetData = 0, m_rowDepth = 0, m_cellDepth = 0, m_valueDepth = 0, m_inlineDepth = 0,
        m_textDepth = 0, m_phoneticDepth = 0;
    int m_row = -1;    // 0-based row of the open or last row
    int m_column = -1; // 0-based column of the open or last cell in the row
    bool m_rowHasNumber = false;
    Kind m_kind = Kind::Number;
    int m_style = 0;
    QString m_value, m_inline;
    bool m_hasValue = false, m_hasInline = false;
    TableRow m_current;
    qint64 m_cells = 0;
};

TableReader::Status SheetWalk::run()
{
    QString reason;
    for (;;) {
        const auto token = m_reader.next(&reason);
        switch (token) {
        case QXmlStreamReader::Invalid:
            *m_error = sheetProblem(m_context.file, m_context.sheet, reason);
            return TableReader::Status::Failed;
        case QXmlStreamReader::EndDocument:
            return TableReader::Status::Ok;
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_reader.xml().name();
            const int depth = m_reader.depth();
            if (!m_sheetData) {
                if (name == QLatin1String("sheetData") && depth == 2)
                    m_sheetData = depth;
            } else if (!m_rowDepth) {
                if (name == QLatin1String("row") && depth == m_sheetData + 1) {
                    m_rowDepth = depth;
                    if (!startRow())
                        return TableReader::Status::Failed;
                }
            } else if (!m_cellDepth) {
                if (name == QLatin1String("c") && depth == m_rowDepth + 1) {
                    m_cellDepth = depth;
                    if (!startCell())
                        return TableReader::Status::Failed;
                }
            } else if (depth == m_cellDepth + 1) {
                if (name == QLatin1String("v")) {
                    m_valueDepth = depth;
                    m_hasValue = true;
                } else if (name == QLatin1String("is")) {
                    m_inlineDepth = depth;
                    m_hasInline = true;
                }
            } else if (m_inlineDepth && !m_phoneticDepth) {
                if (name == QLatin1String("rPh"))
                    m_phoneticDepth = depth;
                else if (name == QLatin1String("t"))
                    m_textDepth = depth;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (m_valueDepth || (m_textDepth && !m_phoneticDepth)) {
                QString& target = m_valueDepth ? m_value : m_inline;
                target += m_reader.xml().text();
                if (target.size() > m_context.limits.maxCellChars) {
                    cellFails(
                        QCoreApplication::translate("TableReader", "the text is longer than %1 characters.")
                            .arg(m_context.limits.maxCellChars));
                    return TableReader::Status::Failed;
                }
            }
            break;
        case QXmlStreamReader::EndElement: {
            const int depth = m_reader.depth() + 1;
            if (depth == m_valueDepth)
                m_valueDepth = 0;
            else if (depth == m_textDepth)
                m_textDepth = 0;
            else if (depth == m_phoneticDepth)
                m_phoneticDepth = 0;
            else if (depth == m_inlineDepth)
                m_inlineDepth = 0;
            else if (depth == m_cellDepth) {
                m_cellDepth = 0;
                if (!endCell())
                    return TableReader::Status::Failed;
            } else if (depth == m_rowDepth) {
                m_rowDepth = 0;
                const TableReader::Status status = endRow();
                if (status != TableReader::Status::Ok)
                    return status;
            } else if (depth == m_sheetData) {
                m_sheetData = -1; // the rest is read to the end all the same, so a damaged part shows
            }
            break;
        }
        default:
            break;
        }
    }
}

bool SheetWalk::startRow()
{
    const QStringView r = attribute(m_reader.xml().attributes(), QLatin1String("r"));
    m_column = -1;
    m_current.cells.clear();
    if (r.isEmpty()) {
        m_rowHasNumber = false;
        if (m_row + 1 >= m_context.limits.maxRows)
            return rowFails(QCoreApplication::translate("TableReader",
                                                        "the sheet has more rows than this program reads."));
        ++m_row;
        return true;
    }
    const std::optional<int> row = parseRowNumber(r, m_context.limits.maxRows);
    if (!row) {
        *m_error = sheetProblem(m_context.file, m_context.sheet,
                                QCoreApplication::translate("TableReader",
                                                            "the row number \"%1\" is not one from 1 to %2; "
                                                            "the file is damaged.")
                                    .arg(quoted(r))
                                    .arg(m_context.limits.maxRows));
        return false;
    }
    if (*row <= m_row) {
        *m_error = rowProblem(
            m_context.file, m_context.sheet, qint64(*row) + 1,
            QCoreApplication::translate("TableReader", "the row comes after row %1; rows out of order mean "
                                                       "the file is damaged.")
                .arg(m_row + 1));
        return false;
    }
    m_row = *row;
    m_rowHasNumber = true;
    return true;
}

bool SheetWalk::startCell()
{
    const QXmlStreamAttributes attributes = m_reader.xml().attributes();
    const QStringView r = attribute(attributes, QLatin1String("r"));
    if (r.isEmpty()) {
        if (m_column + 1 >= m_context.limits.maxColumns)
            return rowFails(QCoreApplication::translate("TableReader",
                                                        "the row has more columns than this program reads."));
        ++m_column;
    } else {
        const auto position = parseCellReference(r, m_context.limits.maxRows, m_context.limits.maxColumns);
        if (!position)
            return rowFails(
                QCoreApplication::translate("TableReader", "the cell reference \"%1\" is outside A1:%2; the "
                                                           "file is damaged.")
                    .arg(quoted(r))
                    .arg(cellName(m_context.limits.maxRows - 1, m_context.limits.maxColumns - 1)));
        if (position->row != m_row) {
            // A row without its own number takes the number of its first cell.
            if (!m_rowHasNumber && m_column < 0 && position->row > m_row) {
                m_row = position->row;
                m_rowHasNumber = true;
            } else {
                return rowFails(QCoreApplication::translate("TableReader",
                                                            "the cell %1 does not belong to this row; the "
                                                            "file is damaged.")
                                    .arg(quoted(r)));
            }
        }
        if (position->column <= m_column)
            return rowFails(QCoreApplication::translate("TableReader",
                                                        "the cell %1 comes after %2; cells out of order mean "
                                                        "the file is damaged.")
                                .arg(quoted(r), cellName(m_row, m_column)));
        m_column = position->column;
    }
    m_kind = kindOf(attribute(attributes, QLatin1String("t")));
    const QStringView style = attribute(attributes, QLatin1String("s"));
    bool ok = false;
    m_style = style.isEmpty() ? 0 : style.toInt(&ok);
    if (!style.isEmpty() && (!ok || m_style < 0))
        m_style = 0;
    m_value.clear();
    m_inline.clear();
    m_hasValue = m_hasInline = false;
    if (m_kind == Kind::Unknown)
        return cellFails(QCoreApplication::translate("TableReader", "the cell type \"%1\" is unknown.")
                             .arg(quoted(attribute(attributes, QLatin1String("t")))));
    return true;
}

bool SheetWalk::endCell()
{
    TableCell cell;
    const QString value = m_value.trimmed();
    switch (m_kind) {
    case Kind::Inline:
        if (!m_hasInline && !m_hasValue)
            return true;
        cell.type = TableCell::Type::Text;
        cell.text = m_hasInline ? m_inline : m_value;
        break;
    case Kind::Text:
        if (!m_hasValue)
            return true;
        cell.type = TableCell::Type::Text;
        cell.text = m_value;
        break;
    case Kind::Error:
        if (!m_hasValue)
            return true;
        cell.type = TableCell::Type::Error;
        cell.text = value;
        break;
    case Kind::Shared: {
        if (!m_hasValue)
            return true;
        bool ok = false;
        const qint64 index = value.toLongLong(&ok);
        const qint64 count = qint64(m_context.sharedStrings->size());
        if (!m_context.hasSharedStrings)
            return cellFails(QCoreApplication::translate(
                "TableReader", "the cell refers to a shared string, but the workbook has no shared "
                               "strings; the file is damaged."));
        if (!ok || index < 0 || index >= count)
            return cellFails(QCoreApplication::translate("TableReader",
                                                         "the cell refers to shared string \"%1\", but the "
                                                         "workbook has %2; the file is damaged.")
                                 .arg(quoted(value))
                                 .arg(count));
        cell.type = TableCell::Type::Text;
        cell.text = (*m_context.sharedStrings)[size_t(index)];
        break;
    }
    case Kind::Boolean:
        if (!m_hasValue)
            return true;
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return cellFails(QCoreApplication::translate("TableReader", "\"%1\" is not a TRUE/FALSE value.")
                                 .arg(quoted(value)));
        cell.type = TableCell::Type::Boolean;
        cell.number = value == QLatin1String("1") ? 1 : 0;
        break;
    case Kind::Date: {
        if (!m_hasValue)
            return true;
        const std::optional<double> serial = isoSerial(value);
        if (!serial)
            return cellFails(
                QCoreApplication::translate("TableReader", "\"%1\" is not a date.").arg(quoted(value)));
        cell.type = TableCell::Type::Date;
        cell.number = *serial;
        break;
    }
    case Kind::Number: {
        if (!m_hasValue || value.isEmpty())
            return true;
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return cellFails(QCoreApplication::translate("TableReader",
                                                         "\"%1\" is not a finite number; the file is "
                                                         "damaged.")
                                 .arg(quoted(value)));
        const bool date =
            size_t(m_style) < m_context.dateStyles->size() && (*m_context.dateStyles)[size_t(m_style)];
        cell.type = date ? TableCell::Type::Date : TableCell::Type::Number;
        cell.number = date && m_context.date1904 ? number + 1462 : number;
        break;
    }
    case Kind::Unknown:
        return true;
    }
    if (++m_cells > m_context.limits.maxCells)
        return cellFails(QCoreApplication::translate("TableReader",
                                                     "the sheet has more than %1 cells, more than this "
                                                     "program reads.")
                             .arg(m_context.limits.maxCells));
    m_current.cells.resize(size_t(m_column) + 1);
    m_current.cells[size_t(m_column)] = std::move(cell);
    return true;
}

TableReader::Status SheetWalk::endRow()
{
    if (m_current.cells.empty())
        return TableReader::Status::Ok;
    m_current.number = m_row + 1;
    const bool more = m_sink(m_current);
    m_current.cells.clear();
    return more ? TableReader::Status::Ok : TableReader::Status::Cancelled;
}

} // namespace

TableReader::Status parseWorksheet(XmlPartReader& reader, const XlsxContext& context,
                                   const TableReader::RowSink& sink, QString* error)
{
    return SheetWalk(reader, context, sink, error).run();
}

} // namespace partydesk::tabular
