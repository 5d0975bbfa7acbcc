#include "XlsxReportWriter.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <xlsxwriter.h>

namespace partydesk {

namespace {

QString writeError(const QString& path, lxw_error error)
{
    return QCoreApplication::translate("XlsxReportWriter", "\"%1\" could not be written: %2")
        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error)));
}

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
    lxw_format* cell[4][2]; // by ReportColumn::Kind, normal / emphasised
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
    for (int kind = 0; kind < 4; ++kind)
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
    if (kind == ReportColumn::Kind::Number && value.canConvert<double>() &&
        value.typeId() != QMetaType::QString)
        return worksheet_write_number(sheet, row, col, value.toDouble(), format);
    return worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), format);
}

} // namespace

QString writeXlsx(const QList<TableReport>& reports, const QString& path, const ExportProgress& progress)
{
    PendingFile pending(path);
    if (!pending.isValid())
        return QCoreApplication::translate("XlsxReportWriter", "\"%1\" cannot be created in that folder.")
            .arg(QDir::toNativeSeparators(path));
    const QByteArray temporary = QFile::encodeName(pending.temporaryPath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(temporary.constData(), &options);
    if (!workbook)
        return writeError(path, LXW_ERROR_CREATING_XLSX_FILE);
    const Formats formats = makeFormats(workbook);

    int total = 0;
    for (const TableReport& report : reports)
        total += report.rowCount;
    int done = 0;
    bool cancelled = false;
    QSet<QString> usedNames;
    for (const TableReport& report : reports) {
        lxw_worksheet* sheet =
            workbook_add_worksheet(workbook, sheetName(report.sheetName, &usedNames).toUtf8().constData());
        double width = 0;
        for (int c = 0; c < report.columns.size(); ++c) {
            // Excel measures in Latin characters; a Chinese character takes about two.
            const double chars = report.columns[c].width * 2 + 1;
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), chars, nullptr);
            width += chars;
        }
        worksheet_set_paper(sheet, 9); // A4
        if (width > 110)
            worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        worksheet_repeat_rows(sheet, 2, 2);
        worksheet_freeze_panes(sheet, 3, 0);

        worksheet_write_string(sheet, 0, 0, report.title.toUtf8().constData(), formats.title);
        worksheet_set_row(sheet, 0, 24, nullptr);
        worksheet_write_string(sheet, 1, 0, report.subtitle.toUtf8().constData(), formats.subtitle);
        for (int c = 0; c < report.columns.size(); ++c)
            worksheet_write_string(sheet, 2, lxw_col_t(c), report.columns[c].header.toUtf8().constData(),
                                   formats.header);
        for (int r = 0; r < report.rowCount && !cancelled; ++r) {
            const int bold = report.emphasised && report.emphasised(r) ? 1 : 0;
            for (int c = 0; c < report.columns.size(); ++c) {
                const ReportColumn::Kind kind = report.columns[c].kind;
                writeCell(sheet, lxw_row_t(r + 3), lxw_col_t(c), report.cell(r, c), kind,
                          formats.cell[int(kind)][bold]);
            }
            ++done;
            if (progress && (done % 200 == 0 || r == report.rowCount - 1) && !progress(done, total))
                cancelled = true;
        }
        if (report.rowCount > 0 && !report.columns.isEmpty())
            worksheet_autofilter(sheet, 2, 0, lxw_row_t(report.rowCount + 2),
                                 lxw_col_t(report.columns.size() - 1));
        if (cancelled)
            break;
    }
    const lxw_error closed = workbook_close(workbook);
    if (cancelled)
        return QCoreApplication::translate("XlsxReportWriter", "Cancelled; no file was written.");
    if (closed != LXW_NO_ERROR)
        return writeError(path, closed);
    if (progress)
        progress(total, total);
    return pending.commit();
}

} // namespace partydesk
