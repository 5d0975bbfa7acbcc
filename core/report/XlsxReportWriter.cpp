#include "XlsxReportWriter.h"

#include "AtomicFile.h"
#include "FileVerification.h"
#include "storage/StorageErrors.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <xlsxwriter.h>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace partydesk {

namespace {

// libxlsxwriter's own codes, said as what happened and what to do; `systemError` is errno just
// after the failing call (the library does not keep it).
QString writeError(const QString& path, lxw_error error, int systemError)
{
    QString cause;
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        cause = QCoreApplication::translate(
            "XlsxReportWriter", "The computer ran out of memory. Close other programs and try again.");
        break;
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        cause = QCoreApplication::translate("XlsxReportWriter",
                                            "The table has more rows or columns than Excel allows (1,048,576 "
                                            "rows, 16,384 columns). Export a part of it.");
        break;
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        cause = QCoreApplication::translate("XlsxReportWriter",
                                            "A cell is longer than Excel allows (32,767 characters).");
        break;
    default:
        cause = fileErrorCause(systemError);
        if (cause.isEmpty())
            cause = QCoreApplication::translate(
                "XlsxReportWriter", "The disk or its temporary folder may be full; free some space "
                                    "and try again.");
    }
    return QCoreApplication::translate("XlsxReportWriter", "\"%1\" was not saved. %2")
        .arg(QDir::toNativeSeparators(path), cause);
}

// libxlsxwriter prints its own English lines ("[ERROR] workbook_close(): …") to stderr; the user
// reads our message instead. Only around the calls that print, so progress lines stay.
class QuietLibrary
{
public:
    QuietLibrary()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
#endif
    }
    ~QuietLibrary()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
#endif
    }
    QuietLibrary(const QuietLibrary&) = delete;
    QuietLibrary& operator=(const QuietLibrary&) = delete;

private:
    int m_saved = -1;
};

// Excel forbids []:*?/\ in sheet names and allows 31 characters; names must differ.
QString sheetName(const QString& wanted, QSet<QString>* used)
{
    QString name = wanted;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char('_'));
    name = name.left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used->contains(unique); ++n)
        unique = name.left(28) + QString::number(n);
    used->insert(unique);
    return unique;
}

struct Formats
{
    lxw_format* title;
    lxw_format* subtitle;
    lxw_format* header;
    lxw_format* cell[5][2]; // by ReportColumn::Kind, normal / emphasised
};

Formats makeFormats(lxw_workbook* workbook)
{
    Formats f{};
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    f.subtitle = workbook_add_format(workbook);
    format_set_font_color(f.subtitle, 0x555555);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xF2DCDB);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.header);
    for (int kind = 0; kind < 5; ++kind)
        for (int bold = 0; bold < 2; ++bold) {
            lxw_format* format = workbook_add_format(workbook);
            format_set_border(format, LXW_BORDER_THIN);
            if (bold)
                format_set_bold(format);
            switch (ReportColumn::Kind(kind)) {
            case ReportColumn::Kind::Code:
                format_set_num_format(format, "@"); // text: spreadsheets must not drop digits
                break;
            case ReportColumn::Kind::Date:
                format_set_num_format(format, "yyyy-mm-dd");
                format_set_align(format, LXW_ALIGN_CENTER);
                break;
            case ReportColumn::Kind::Number:
                format_set_num_format(format, "0");
                break;
            case ReportColumn::Kind::Money:
                format_set_num_format(format, "#,##0.00");
                break;
            case ReportColumn::Kind::Text:
                break;
            }
            f.cell[kind][bold] = format;
        }
    return f;
}

// Writes one cell; strings are always string cells, so a value starting with = + - @ is never
// taken for a formula.
lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QVariant& value,
                    ReportColumn::Kind kind, lxw_format* format)
{
    if (!value.isValid() || value.isNull())
        return worksheet_write_blank(sheet, row, col, format);
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        lxw_datetime datetime = {d.year(), d.month(), d.day(), 0, 0, 0};
        return worksheet_write_datetime(sheet, row, col, &datetime, format);
    }
    if (kind == ReportColumn::Kind::Money && value.typeId() != QMetaType::QString)
        return worksheet_write_number(sheet, row, col, double(value.toLongLong()) / 100.0, format);
    if (kind == ReportColumn::Kind::Number && value.canConvert<double>() &&
        value.typeId() != QMetaType::QString)
        return worksheet_write_number(sheet, row, col, value.toDouble(), format);
    return worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), format);
}

// The reports grouped into sheets: a report marked sameSheetAsPrevious goes below the one before.
QList<QList<const TableReport*>> sheetsOf(const QList<TableReport>& reports)
{
    QList<QList<const TableReport*>> sheets;
    for (const TableReport& report : reports) {
        if (report.sameSheetAsPrevious && !sheets.isEmpty())
            sheets.last() << &report;
        else
            sheets.append(QList<const TableReport*>{&report});
    }
    return sheets;
}

// Writes one sheet's tables one below the other; stops at the first failed write.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : m_sheet(sheet), m_formats(formats) {}

    lxw_error error() const { return m_error; }
    // The row of the failed write, 1-based as a spreadsheet shows it.
    int failedRow() const { return m_failedRow; }

    void setUp(const QList<const TableReport*>& tables)
    {
        QList<double> widths;
        for (const TableReport* table : tables)
            for (int c = 0; c < table->columns.size(); ++c) {
                if (c >= widths.size())
                    widths << 0;
                // Excel measures in Latin characters; a Chinese character takes about two.
                widths[c] = std::max(widths[c], table->columns[c].width * 2 + 1);
            }
        double total = 0;
        for (int c = 0; c < widths.size(); ++c) {
            check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr), 0);
            total += widths[c];
        }
        worksheet_set_paper(m_sheet, 9); // A4
        if (total > 110)
            worksheet_set_landscape(m_sheet);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        if (tables.size() == 1) {
            // One table: its header stays in view and on every printed page.
            check(worksheet_repeat_rows(m_sheet, 2, 2), 0);
            worksheet_freeze_panes(m_sheet, 3, 0);
        }
    }

    // Returns false when `progress` cancelled.
    bool write(const TableReport& report, bool alone, const std::function<bool()>& rowDone)
    {
        const lxw_row_t top = m_next;
        text(top, 0, report.title, m_formats.title);
        check(worksheet_set_row(m_sheet, top, 24, nullptr), top);
        text(top + 1, 0, report.subtitle, m_formats.subtitle);
        for (int c = 0; c < report.columns.size(); ++c)
            text(top + 2, lxw_col_t(c), report.columns[c].header, m_formats.header);
        const lxw_row_t first = top + 3;
        for (int r = 0; r < report.rowCount && m_error == LXW_NO_ERROR; ++r) {
            const int bold = report.emphasised && report.emphasised(r) ? 1 : 0;
            for (int c = 0; c < report.columns.size() && m_error == LXW_NO_ERROR; ++c) {
                const ReportColumn::Kind kind = report.columns[c].kind;
                check(writeCell(m_sheet, first + lxw_row_t(r), lxw_col_t(c), report.cell(r, c), kind,
                                m_formats.cell[int(kind)][bold]),
                      first + lxw_row_t(r));
            }
            if (!rowDone())
                return false;
        }
        if (alone && report.rowCount > 0 && !report.columns.isEmpty())
            check(worksheet_autofilter(m_sheet, top + 2, 0, first + lxw_row_t(report.rowCount) - 1,
                                       lxw_col_t(report.columns.size() - 1)),
                  top + 2);
        m_next = first + lxw_row_t(report.rowCount) + 1; // a blank row before the next table
        // Lines to sign, two to a row under a blank one, as on paper.
        const lxw_col_t second = lxw_col_t(std::max<qsizetype>(1, report.columns.size() / 2));
        for (int i = 0; i < report.signatures.size(); ++i) {
            const lxw_row_t row = m_next + lxw_row_t(i / 2);
            text(row, i % 2 == 0 ? 0 : second, report.signatures[i] + QStringLiteral("：________________"),
                 m_formats.subtitle);
            check(worksheet_set_row(m_sheet, row, 30, nullptr), row);
        }
        if (!report.signatures.isEmpty())
            m_next += lxw_row_t((report.signatures.size() + 1) / 2) + 1;
        return true;
    }

private:
    void text(lxw_row_t row, lxw_col_t col, const QString& value, lxw_format* format)
    {
        check(worksheet_write_string(m_sheet, row, col, value.toUtf8().constData(), format), row);
    }
    void check(lxw_error error, lxw_row_t row)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR) {
            m_error = error;
            m_failedRow = int(row) + 1;
        }
    }

    lxw_worksheet* m_sheet;
    const Formats& m_formats;
    lxw_row_t m_next = 0;
    lxw_error m_error = LXW_NO_ERROR;
    int m_failedRow = 0;
};

} // namespace

QString writeXlsx(const QList<TableReport>& reports, const QString& path, const ExportProgress& progress)
{
    PendingFile pending(path, containFullIdNumbers(reports) ? FileAccess::OwnerOnly : FileAccess::Usual);
    if (!pending.isValid())
        return pending.creationError();
    const QList<QList<const TableReport*>> sheets = sheetsOf(reports);
    const QByteArray temporary = QFile::encodeName(pending.temporaryPath());
    lxw_workbook_options options = {};
    // Constant memory keeps one temporary file open and a 16,384-cell row buffer per sheet until
    // the end: right for a 100,000-row roster, wrong for a report with a sheet per branch (3,000
    // open files, beyond Windows' 512, and 1.3 GB). Those sheets are small and stay in memory.
    options.constant_memory = sheets.size() <= constantMemorySheetLimit ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = nullptr;
    {
        QuietLibrary quiet;
        errno = 0;
        workbook = workbook_new_opt(temporary.constData(), &options);
        if (!workbook)
            return writeError(path, LXW_ERROR_CREATING_XLSX_FILE, errno);
    }
    const Formats formats = makeFormats(workbook);

    int total = 0;
    for (const TableReport& report : reports)
        total += report.rowCount;
    int done = 0;
    bool cancelled = false;
    QString failure;
    const auto rowDone = [&] {
        ++done;
        if (progress && (done % 200 == 0 || done == total) && !progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    QSet<QString> usedNames;
    for (const QList<const TableReport*>& tables : sheets) {
        const QString name = sheetName(tables.first()->sheetName, &usedNames);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet) {
            failure = QCoreApplication::translate("XlsxReportWriter",
                                                  "\"%1\" could not be written: the sheet \"%2\" could not "
                                                  "be added (no memory or temporary file).")
                          .arg(QDir::toNativeSeparators(path), name);
            break;
        }
        SheetWriter writer(sheet, formats);
        writer.setUp(tables);
        for (const TableReport* table : tables)
            if (writer.error() != LXW_NO_ERROR || !writer.write(*table, tables.size() == 1, rowDone))
                break;
        if (writer.error() != LXW_NO_ERROR) {
            failure = QCoreApplication::translate("XlsxReportWriter", "%1 (sheet \"%2\", row %3)")
                          .arg(writeError(path, writer.error(), errno), name)
                          .arg(writer.failedRow());
            break;
        }
        if (cancelled)
            break;
    }
    // Closing frees the workbook whatever happened; its file is then removed with `pending`.
    lxw_error closed = LXW_NO_ERROR;
    int closeErrno = 0;
    {
        QuietLibrary quiet;
        errno = 0;
        closed = workbook_close(workbook);
        closeErrno = errno;
    }
    if (cancelled)
        return QCoreApplication::translate("XlsxReportWriter", "Cancelled; no file was written.");
    if (!failure.isEmpty())
        return failure;
    if (closed != LXW_NO_ERROR)
        return writeError(path, closed, closeErrno);
    if (progress)
        progress(total, total);
    // libxlsxwriter writes each part to a temporary file without checking those writes; the
    // finished workbook shows whether they all arrived.
    return pending.commit([&path](const QString& written) { return verifyXlsx(written, path); });
}

} // namespace partydesk
