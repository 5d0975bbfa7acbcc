#include "tabular/TableReader.h"
#include "TabularFiles.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QTemporaryDir>
#include <xlsxwriter.h>

using namespace partydesk;
using namespace partydesk::test;

namespace {

struct Folder
{
    QTemporaryDir dir;
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

// Reading `sheetData` as a one-sheet workbook must fail with a message that contains `where`.
void requireFailure(const QByteArray& sheetData, const char* where, const QByteArray& sharedStrings = {},
                    const TableLimits& limits = TableLimits())
{
    Folder f;
    writeSheetXlsx(f.path("bad.xlsx"), sheetData, sharedStrings);
    QString error;
    CHECK(readAll(f.path("bad.xlsx"), &error, limits).isEmpty());
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("bad.xlsx")));
    CHECK(error.contains(QString::fromUtf8(where)));
}

using T = TableCell::Type;

} // namespace

TEST_CASE("xlsx: references out of Excel's range fail with the reference named, never crash",
          "[tabular][xlsx]")
{
    requireFailure("<row r=\"1\"><c r=\"F-4\"><v>1</v></c></row>", "F-4");
    requireFailure("<row r=\"1\"><c r=\"ABCDEFG1\"><v>1</v></c></row>", "ABCDEFG1");
    requireFailure("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", "XFE1");
    requireFailure("<row r=\"99999999\"><c r=\"A99999999\"><v>1</v></c></row>", "99999999");
    requireFailure("<row r=\"1\"><c r=\"A99999999\"><v>1</v></c></row>", "A99999999");
    requireFailure("<row r=\"-4\"><c><v>1</v></c></row>", "-4");
    requireFailure("<row r=\"4294967297\"><c><v>1</v></c></row>", "4294967297");
    // Rows or cells going backwards, or a cell outside its row.
    requireFailure("<row r=\"5\"><c><v>1</v></c></row><row r=\"3\"><c><v>1</v></c></row>", "3");
    requireFailure("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"B1\"><v>1</v></c></row>", "B1");
    requireFailure("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>", "A2");
}

TEST_CASE("xlsx: numbers that are not finite fail; 1e300 is a number", "[tabular][xlsx]")
{
    for (const char* value :
         {"inf", "-inf", "nan", "NaN", "1e400", "INF", "infinity", "0x10", "1,5", "abc"}) {
        INFO(value);
        requireFailure("<row r=\"2\"><c r=\"B2\"><v>" + QByteArray(value) + "</v></c></row>", "B2");
    }
    Folder f;
    writeSheetXlsx(f.path("big.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1e300</v></c></row>");
    QString error;
    const auto sheets = readAll(f.path("big.xlsx"), &error);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].cell(0, 0).type == T::Number);
    CHECK(sheets[0].cell(0, 0).number == 1e300);
    CHECK_FALSE(parseScoreCell(sheets[0].cell(0, 0)).ok()); // the score import still refuses it
}

TEST_CASE("xlsx: shared strings out of range or missing fail", "[tabular][xlsx]")
{
    const QByteArray strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                               "<si><t>a</t></si></sst>";
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>", "A1", strings);
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>", "A1", strings);
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999999999999999999</v></c></row>", "A1", strings);
    requireFailure("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row>", "C3"); // no sharedStrings part
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>", "A1");
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>yesterday</v></c></row>", "A1");
    requireFailure("<row r=\"1\"><c r=\"A1\" t=\"q\"><v>1</v></c></row>", "A1");
}

TEST_CASE("xlsx: truncated or invalid XML fails, whatever was read before", "[tabular][xlsx]")
{
    Folder f;
    XlsxParts parts;
    parts.sheets << qMakePair(QStringLiteral("S"),
                              QByteArray("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                         "<row r=\"2\"><c r=\"A2\"><v>2</v></c></ro"));
    ZipEntries entries = xlsxEntries(parts);
    for (auto& [name, data] : entries)
        if (name.contains(QStringLiteral("sheet1")))
            data.chop(QByteArray("</worksheet>").size()); // cut inside the document
    writeZip(f.path("cut.xlsx"), entries);
    QString error;
    CHECK(readAll(f.path("cut.xlsx"), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")));

    requireFailure("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row><c><v>2</c></row>", "sheet1.xml");
    requireFailure("<row r=\"1\"><c r=\"A1\"><v>1 &undefined; </v></c></row>", "sheet1.xml");
    requireFailure("<row r=\"1\"><x:c r=\"A1\"><v>1</v></x:c></row>", "sheet1.xml"); // undeclared prefix
}

TEST_CASE("xlsx: a CRC error in a sheet fails instead of giving fewer rows", "[tabular][xlsx]")
{
    Folder f;
    QByteArray rows;
    for (int r = 1; r <= 200; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>MARK" + QByteArray::number(r) + "</t></is></c></row>";
    writeSheetXlsx(f.path("crc.xlsx"), rows, {}, true);
    QString error;
    REQUIRE(readAll(f.path("crc.xlsx"), &error).value(0).rows.size() == 200);
    // A byte of the stored sheet changed as a bad disk or copy would: the XML is still well formed.
    QFile file(f.path("crc.xlsx"));
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("MARK150");
    REQUIRE(at > 0);
    bytes[at + 5] = '7';
    file.seek(0);
    file.write(bytes);
    file.close();
    CHECK(readAll(f.path("crc.xlsx"), &error).isEmpty());
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("sheet1.xml")));

    // The same change in a compressed entry: inflating fails or the CRC does.
    writeSheetXlsx(f.path("deflated.xlsx"), rows);
    QFile deflated(f.path("deflated.xlsx"));
    REQUIRE(deflated.open(QIODevice::ReadWrite));
    bytes = deflated.readAll();
    const qsizetype sheet = bytes.indexOf("xl/worksheets/sheet1.xml");
    REQUIRE(sheet > 0);
    bytes[sheet + 24 + 40] = char(bytes[sheet + 24 + 40] ^ 0x55);
    deflated.seek(0);
    deflated.write(bytes);
    deflated.close();
    CHECK(readAll(f.path("deflated.xlsx"), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("deflated.xlsx")));
}

TEST_CASE("xlsx: limits on parts, sheets and cells fail with a message", "[tabular][xlsx]")
{
    Folder f;
    // 20 MB of blanks compress to a few kB: more than a 1 MB part limit allows.
    QByteArray blanks(20 * 1024 * 1024, ' ');
    writeSheetXlsx(f.path("bomb.xlsx"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + blanks);
    TableLimits limits;
    limits.maxPartBytes = 1024 * 1024;
    QString error;
    CHECK(readAll(f.path("bomb.xlsx"), &error, limits).isEmpty());
    CHECK(error.contains(QStringLiteral("sheet1.xml")));
    CHECK(QFileInfo(f.path("bomb.xlsx")).size() < 200 * 1024);

    XlsxParts parts;
    for (int i = 0; i < 4; ++i)
        parts.sheets << qMakePair(QStringLiteral("S%1").arg(i), QByteArray("<sheetData/>"));
    writeZip(f.path("sheets.xlsx"), xlsxEntries(parts));
    limits = TableLimits();
    limits.maxSheets = 3;
    CHECK(readAll(f.path("sheets.xlsx"), &error, limits).isEmpty());
    CHECK(error.contains(QStringLiteral("3")));
    CHECK(readAll(f.path("sheets.xlsx"), &error).size() == 4);

    limits = TableLimits();
    limits.maxCells = 3;
    requireFailure("<row><c><v>1</v></c><c><v>1</v></c></row><row><c><v>1</v></c><c><v>1</v></c></row>", "3",
                   {}, limits);
    limits = TableLimits();
    limits.maxCellChars = 5;
    requireFailure("<row><c t=\"inlineStr\"><is><t>123456</t></is></c></row>", "A1", {}, limits);
    limits = TableLimits();
    limits.maxSharedStrings = 1;
    requireFailure("<row><c t=\"s\"><v>0</v></c></row>", "sharedStrings.xml",
                   "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<si><t>a</t></si><si><t>b</t></si></sst>",
                   limits);
}

TEST_CASE("xlsx: a far cell costs the cells present, not the reference", "[tabular][xlsx]")
{
    Folder f;
    writeSheetXlsx(f.path("far.xlsx"), "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>");
    QString error;
    const auto reader = TableReader::open(f.path("far.xlsx"), &error);
    REQUIRE(reader);
    std::vector<TableRow> rows;
    CHECK(reader->readSheet(
              0,
              [&](const TableRow& row) {
                  rows.push_back(row);
                  return true;
              },
              &error) == TableReader::Status::Ok);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].number == 1048576);
    CHECK(rows[0].cell(16383).number == 7);
    CHECK(reader->progress() == 1.0);
}

TEST_CASE("xlsx: positions without r, prefixed names and every cell type", "[tabular][xlsx]")
{
    Folder f;
    XlsxParts parts;
    parts.sheets << qMakePair(
        QStringLiteral("数据"),
        QByteArray(
            "<sheetData>"
            "<row><c><v>1</v></c><c t=\"s\"><v>0</v></c><c r=\"E1\" t=\"str\"><v>formula</v></c><c t=\"b\">"
            "<v>1</v></c></row>" // A1 B1 E1 F1
            "<row r=\"4\"><c t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
            "<c t=\"e\"><v>#N/A</v></c><c t=\"d\"><v>2024-07-01T12:00:00</v></c><c s=\"1\"><v>45474</v></c>"
            "<c s=\"2\"><v>45474</v></c><c><f>A1+1</f></c><c s=\"1\"/></row>"                 // A4..G4
            "<row><c t=\"inlineStr\"><is><t xml:space=\"preserve\"> 张三 </t></is></c></row>" // row 5
            "</sheetData>"));
    // Cells named with a prefix (x:c), as some generators write them.
    parts.sheets << qMakePair(
        QStringLiteral("Hidden"),
        QByteArray("<x:sheetData xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/"
                   "2006/main\"><x:row r=\"2\"><x:c r=\"B2\"><x:v>2.5</x:v></x:c></x:row>"
                   "</x:sheetData>"));
    parts.sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          "<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r>"
                          "<rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></si></sst>";
    parts.styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;"
        "d&quot;日&quot;\"/></numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";
    ZipEntries entries = xlsxEntries(parts);
    for (auto& [name, data] : entries)
        if (name == QStringLiteral("xl/workbook.xml"))
            data.replace("name=\"Hidden\"", "name=\"Hidden\" state=\"hidden\"");
    writeZip(f.path("types.xlsx"), entries);

    QString error;
    const auto sheets = readAll(f.path("types.xlsx"), &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].name == QStringLiteral("数据"));
    CHECK(sheets[1].name == QStringLiteral("Hidden"));
    const TableSheet& s = sheets[0];
    CHECK(s.cell(0, 0).type == T::Number);
    CHECK(s.cell(0, 0).number == 1);
    CHECK(s.cell(0, 1).text == QStringLiteral("富文本")); // runs joined, phonetic guide left out
    CHECK(s.cell(0, 4).text == QStringLiteral("formula"));
    CHECK(s.cell(0, 5).type == T::Boolean);
    CHECK(s.cell(0, 5).displayText() == QStringLiteral("TRUE"));
    CHECK(s.cell(3, 0).text == QStringLiteral("inline"));
    CHECK(s.cell(3, 1).type == T::Error);
    CHECK(s.cell(3, 1).text == QStringLiteral("#N/A"));
    CHECK(s.cell(3, 2).type == T::Date);
    CHECK(s.cell(3, 2).displayText() == QStringLiteral("2024-07-01 12:00"));
    CHECK(s.cell(3, 3).type == T::Date); // custom yyyy年m月d日
    CHECK(s.cell(3, 3).date() == QDate(2024, 7, 1));
    CHECK(s.cell(3, 4).type == T::Number); // 0.00 is no date
    CHECK(s.cell(3, 5).type == T::Empty);  // a formula without a cached value
    CHECK(s.cell(4, 0).text == QStringLiteral(" 张三 "));
    CHECK(s.rows.size() == 3);
    CHECK(sheets[1].cell(1, 1).number == 2.5);
}

TEST_CASE("xlsx: workbook relationships resolve relative and absolute targets in workbook order",
          "[tabular][xlsx]")
{
    Folder f;
    XlsxParts parts;
    parts.sheets << qMakePair(QStringLiteral("First"),
                              QByteArray("<sheetData><row><c><v>1</v></c></row></sheetData>"));
    parts.sheets << qMakePair(QStringLiteral("Second"),
                              QByteArray("<sheetData><row><c><v>2</v></c></row></sheetData>"));
    ZipEntries entries = xlsxEntries(parts);
    for (auto& [name, data] : entries) {
        if (name == QStringLiteral("xl/_rels/workbook.xml.rels")) {
            data.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/sheet1.xml\"");
            data.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"./sub/../worksheets/sheet2.xml\"");
        }
        if (name == QStringLiteral("xl/workbook.xml")) // second listed first
            data.replace("<sheets>", "<sheets><sheet name=\"Zero\" sheetId=\"9\" r:id=\"rId2\"/>");
    }
    writeZip(f.path("rels.xlsx"), entries);
    QString error;
    const auto sheets = readAll(f.path("rels.xlsx"), &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[0].name == QStringLiteral("Zero"));
    CHECK(sheets[0].cell(0, 0).number == 2);
    CHECK(sheets[1].cell(0, 0).number == 1);
    CHECK(sheets[2].cell(0, 0).number == 2);
}

TEST_CASE("xlsx: libxlsxwriter's dates, custom date formats, numbers and text", "[tabular][xlsx]")
{
    Folder f;
    const QByteArray path = QFile::encodeName(f.path("writer.xlsx"));
    lxw_workbook* workbook = workbook_new(path.constData());
    REQUIRE(workbook);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "名单");
    lxw_format* isoDate = workbook_add_format(workbook);
    format_set_num_format(isoDate, "yyyy-mm-dd");
    lxw_format* chineseDate = workbook_add_format(workbook);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_datetime day = {2024, 7, 1, 0, 0, 0};
    worksheet_write_string(sheet, 0, 0, "姓名", nullptr);
    worksheet_write_string(sheet, 1, 0, "张三", nullptr);
    worksheet_write_datetime(sheet, 1, 1, &day, isoDate);
    worksheet_write_datetime(sheet, 1, 2, &day, chineseDate);
    worksheet_write_number(sheet, 1, 3, 45474, nullptr);
    worksheet_write_number(sheet, 1, 4, 1234.5, money);
    worksheet_write_boolean(sheet, 1, 5, 0, nullptr);
    worksheet_write_formula_num(sheet, 1, 6, "=D2+1", nullptr, 45475);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

    QString error;
    const auto sheets = readAll(f.path("writer.xlsx"), &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    const TableSheet& s = sheets[0];
    CHECK(s.name == QStringLiteral("名单"));
    CHECK(s.cell(0, 0).text == QStringLiteral("姓名"));
    CHECK(s.cell(1, 0).text == QStringLiteral("张三"));
    CHECK(s.cell(1, 1).type == T::Date);
    CHECK(s.cell(1, 1).date() == QDate(2024, 7, 1));
    CHECK(s.cell(1, 2).type == T::Date);
    CHECK(s.cell(1, 2).displayText() == QStringLiteral("2024-07-01"));
    CHECK(s.cell(1, 3).type == T::Number); // a plain number stays a number
    CHECK(s.cell(1, 3).displayText() == QStringLiteral("45474"));
    CHECK(s.cell(1, 4).type == T::Number);
    CHECK(s.cell(1, 4).number == 1234.5);
    CHECK(s.cell(1, 5).type == T::Boolean);
    CHECK(s.cell(1, 6).number == 45475);
}

TEST_CASE("xlsx: a cancelled read stops at the row the sink refused", "[tabular][xlsx]")
{
    Folder f;
    writeSheetXlsx(f.path("rows.xlsx"),
                   "<row><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row>");
    QString error;
    const auto reader = TableReader::open(f.path("rows.xlsx"), &error);
    REQUIRE(reader);
    int seen = 0;
    CHECK(reader->readSheet(
              0, [&](const TableRow&) { return ++seen < 2; }, &error) == TableReader::Status::Cancelled);
    CHECK(seen == 2);
    CHECK(reader->readSheet(
              5, [](const TableRow&) { return true; }, &error) == TableReader::Status::Failed);
}

TEST_CASE("Opening: zips that are no workbook, WPS files, web pages and empty files are refused by name",
          "[tabular]")
{
    Folder f;
    QString error;
    writeZip(f.path("notes.xlsx"), {qMakePair(QStringLiteral("notes.txt"), QByteArray("hello"))});
    CHECK_FALSE(TableReader::open(f.path("notes.xlsx"), &error));
    CHECK(error.contains(QStringLiteral("notes.xlsx")));
    CHECK(error.contains(QStringLiteral("zip")));

    writeZip(f.path("calc.xlsx"), {qMakePair(QStringLiteral("mimetype"),
                                             QByteArray("application/vnd.oasis.opendocument.spreadsheet")),
                                   qMakePair(QStringLiteral("content.xml"), QByteArray("<x/>"))});
    CHECK_FALSE(TableReader::open(f.path("calc.xlsx"), &error));
    CHECK(error.contains(QStringLiteral(".ods")));

    writeBytes(f.path("wps.et"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, '\0'));
    CHECK_FALSE(TableReader::open(f.path("wps.et"), &error));
    CHECK(error.contains(QStringLiteral("WPS")));
    CHECK(error.contains(QStringLiteral(".xlsx")));

    writeBytes(f.path("broken.xls"),
               QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, 'x'));
    CHECK_FALSE(TableReader::open(f.path("broken.xls"), &error));
    CHECK(error.contains(QStringLiteral("broken.xls")));

    writeBytes(f.path("export.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
    CHECK_FALSE(TableReader::open(f.path("export.xls"), &error));
    CHECK(error.contains(QStringLiteral(".xlsx")));

    writeBytes(f.path("empty.csv"), QByteArray());
    CHECK_FALSE(TableReader::open(f.path("empty.csv"), &error));
    CHECK(error.contains(QStringLiteral("empty")));

    CHECK_FALSE(TableReader::open(f.path("missing.xlsx"), &error));
    CHECK(error.contains(QStringLiteral("missing.xlsx")));

    writeBytes(f.path("picture.csv"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0", 11));
    CHECK_FALSE(TableReader::open(f.path("picture.csv"), &error));

    TableLimits limits;
    limits.maxFileBytes = 10;
    writeBytes(f.path("long.csv"), "a,b,c\n1,2,3\n");
    CHECK_FALSE(TableReader::open(f.path("long.csv"), &error, limits));
    CHECK(error.contains(QStringLiteral("MB")));
}
