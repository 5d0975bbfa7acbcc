#include "ImportWorkbooks.h"

#include "domain/IdNumber.h"
#include "report/XlsxReportWriter.h"
#include "tabular/TableReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace partydesk {

namespace {

bool isCodeField(RosterField field)
{
    return field == RosterField::IdNumber || field == RosterField::Phone;
}

} // namespace

QString writeImportProblems(const ImportPlan& plan, const QString& path)
{
    // The refused rows as the file has them: read again, so the preview never holds every cell.
    QHash<int, const ImportRow*> refused;
    for (const ImportRow& row : plan.rows)
        if (row.action == ImportRow::Action::Refused)
            refused.insert(row.sheetRow, &row);
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(plan.path, &error);
    if (!reader)
        return error;
    const int sheet = int(reader->sheetNames().indexOf(plan.sheetName));
    std::vector<std::pair<const ImportRow*, QStringList>> rows;
    const TableReader::Status status = reader->readSheet(
        sheet,
        [&](const TableRow& row) {
            if (const ImportRow* r = refused.value(row.number)) {
                QStringList cells;
                for (const TableCell& cell : row.cells)
                    cells << cell.displayText();
                rows.emplace_back(r, cells);
            }
            return true;
        },
        &error);
    if (status != TableReader::Status::Ok)
        return error.isEmpty()
                   ? QCoreApplication::translate("ImportWorkbooks", "The file could not be read again.")
                   : error;

    TableReport report;
    report.title = QCoreApplication::translate("ImportWorkbooks", "Rows not imported from %1")
                       .arg(QFileInfo(plan.path).fileName());
    report.subtitle =
        QCoreApplication::translate(
            "ImportWorkbooks",
            "Sheet %1: %2 row(s). Correct them here and import this file again; the 问题 column is "
            "not read.")
            .arg(plan.sheetName)
            .arg(rows.size());
    report.sheetName = QCoreApplication::translate("ImportWorkbooks", "Problems");
    int columnCount = 0;
    for (const ImportColumn& column : plan.columns)
        columnCount = std::max(columnCount, column.column + 1);
    for (const auto& row : rows)
        columnCount = std::max(columnCount, int(row.second.size()));
    QList<RosterField> fields(columnCount, RosterField::Unknown);
    QStringList headers(columnCount);
    for (const ImportColumn& column : plan.columns) {
        fields[column.column] = column.field;
        headers[column.column] = column.header;
    }
    for (int c = 0; c < columnCount; ++c)
        report.columns.append({headers[c],
                               isCodeField(fields[c]) ? ReportColumn::Kind::Code : ReportColumn::Kind::Text,
                               std::max(4.0, std::min(14.0, headers[c].size() * 1.5))});
    report.columns.append({QStringLiteral("问题"), ReportColumn::Kind::Text, 40}); // a word the import knows
    report.rowCount = int(rows.size());
    report.cell = [&rows, columnCount](int r, int c) -> QVariant {
        const auto& [row, cells] = rows[size_t(r)];
        if (c == columnCount)
            return QCoreApplication::translate("RosterImport", "Row %1: %2")
                .arg(row->sheetRow)
                .arg(row->problems.join(QStringLiteral("；")));
        const QString text = cells.value(c);
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    return writeXlsx({report}, path);
}

QString writeRosterTemplate(const QString& path, QDate today)
{
    struct Column
    {
        QString header;
        ReportColumn::Kind kind;
        double width;
        QVariant sample;
    };
    using K = ReportColumn::Kind;
    // A sample that passes every rule: the standard's own example ID number and matching dates.
    const QString sampleId = QStringLiteral("11010519491231002X");
    const QDate birth = IdNumber::check(sampleId).birthDate;
    const QList<Column> columns = {
        {QStringLiteral("姓名"), K::Text, 6, QCoreApplication::translate("ImportWorkbooks", "Zhang Hua")},
        {QStringLiteral("性别"), K::Text, 3, QCoreApplication::translate("ImportWorkbooks", "female")},
        {QStringLiteral("民族"), K::Text, 4, QStringLiteral("汉族")},
        {QStringLiteral("出生日期"), K::Date, 7, birth},
        {QStringLiteral("身份证号"), K::Code, 12, sampleId},
        {QStringLiteral("学历"), K::Text, 5, QStringLiteral("大学本科")},
        {QStringLiteral("入党时间"), K::Date, 7, QDate(1975, 7, 1)},
        {QStringLiteral("转正时间"), K::Date, 7, QDate(1976, 7, 1)},
        {QStringLiteral("所在支部"), K::Text, 12,
         QCoreApplication::translate("ImportWorkbooks", "First branch")},
        {QStringLiteral("人员类别"), K::Text, 6, QStringLiteral("在册党员")},
        {QStringLiteral("党员身份"), K::Text, 6, QStringLiteral("正式党员")},
        {QStringLiteral("联系电话"), K::Code, 8, QStringLiteral("13800000000")},
        {QStringLiteral("家庭住址"), K::Text, 14,
         QCoreApplication::translate("ImportWorkbooks", "Building 3, Unit 2, Room 101")},
        {QStringLiteral("工作单位"), K::Text, 10, QString()},
        {QStringLiteral("备注"), K::Text, 10,
         QCoreApplication::translate("ImportWorkbooks", "Sample row: replace it")},
    };
    TableReport roster;
    roster.title = QCoreApplication::translate("ImportWorkbooks", "Party member roster (import template)");
    roster.subtitle = QCoreApplication::translate(
                          "ImportWorkbooks",
                          "Fill in one member per row from row 3; see the sheet \"Notes\". Template of %1.")
                          .arg(today.toString(Qt::ISODate));
    roster.sheetName = QCoreApplication::translate("ImportWorkbooks", "Roster");
    for (const Column& column : columns)
        roster.columns.append({column.header, column.kind, column.width});
    roster.rowCount = 1;
    roster.cell = [columns](int, int c) { return columns[c].sample; };

    const QStringList notes = {
        QCoreApplication::translate(
            "ImportWorkbooks",
            "姓名, 身份证号 and 所在支部 are required; 身份证号 must be typed as text (18 characters), never "
            "as a "
            "number: Excel drops the last digits of long numbers."),
        QCoreApplication::translate(
            "ImportWorkbooks",
            "所在支部 is the branch's name as in PartyDesk; where several branches share a name, write the "
            "organisation above it too: 东风社区党委/第一党支部."),
        QCoreApplication::translate("ImportWorkbooks", "Dates may be written 1985-07-01, 1985/7/1, 1985.7.1, "
                                                       "19850701 or 1985年7月1日; 1985.07 means the "
                                                       "1st of the month."),
        QCoreApplication::translate(
            "ImportWorkbooks", "性别 and 出生日期 may be left empty: they are taken from the ID number."),
        QCoreApplication::translate(
            "ImportWorkbooks",
            "人员类别: 在册党员, 在职党员, 流动党员（流出） or 流动党员（流入）; empty means 在册."),
        QCoreApplication::translate(
            "ImportWorkbooks",
            "党员身份: 正式党员 or 预备党员 (also 发展对象, 入党积极分子, 入党申请人); 转正时间 is required "
            "for 正式党员."),
        QCoreApplication::translate(
            "ImportWorkbooks",
            "学历: 研究生, 大学本科, 大学专科, 中专, 高中, 初中及以下 (common synonyms such as 本科 or 硕士 "
            "are "
            "understood)."),
        QCoreApplication::translate(
            "ImportWorkbooks",
            "Title rows above the header, blank rows and a 合计 row at the end are skipped."),
    };
    TableReport help;
    help.title = QCoreApplication::translate("ImportWorkbooks", "How to fill in the roster");
    help.sheetName = QCoreApplication::translate("ImportWorkbooks", "Notes");
    help.columns = {{QCoreApplication::translate("ImportWorkbooks", "No."), K::Number, 3},
                    {QCoreApplication::translate("ImportWorkbooks", "Note"), K::Text, 90}};
    help.rowCount = int(notes.size());
    help.cell = [notes](int r, int c) -> QVariant { return c == 0 ? QVariant(r + 1) : QVariant(notes[r]); };
    return writeXlsx({roster, help}, path);
}

} // namespace partydesk
