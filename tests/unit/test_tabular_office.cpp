#include "tabular/TableReader.h"
#include "TabularFiles.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A roster as a clerk makes it: a merged title row, Chinese text, numbers and dates; a second sheet.
const char* const flatOds = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="党员名册">
 <table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string">
  <text:p>第一党支部党员名册</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/>
 </table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>分数</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>入党日期</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="95.5"><text:p>95.5</text:p></table:table-cell>
  <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2001-07-01">
  <text:p>2001-07-01</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>李四</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="88"><text:p>88</text:p></table:table-cell>
  <table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2010-05-04">
  <text:p>2010-05-04</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Sheet2"><table:table-row><table:table-cell office:value-type="float" office:value="42">
 <text:p>42</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
)";

void checkRoster(const QList<TableSheet>& sheets, bool typed)
{
    REQUIRE(sheets.size() >= 1);
    const TableSheet& s = sheets[0];
    CHECK(s.cell(0, 0).text == QStringLiteral("第一党支部党员名册"));
    CHECK(s.cell(0, 1).isEmpty()); // covered by the merge
    CHECK(s.cell(1, 2).text == QStringLiteral("入党日期"));
    CHECK(s.cell(2, 0).text == QStringLiteral("张三"));
    CHECK(s.cell(3, 0).text == QStringLiteral("李四"));
    CHECK(s.cell(2, 1).displayText() == QStringLiteral("95.5"));
    CHECK(s.cell(3, 1).displayText() == QStringLiteral("88"));
    CHECK(s.cell(2, 2).displayText() == QStringLiteral("2001-07-01"));
    CHECK(s.cell(3, 2).displayText() == QStringLiteral("2010-05-04"));
    if (typed) {
        CHECK(s.name == QStringLiteral("党员名册"));
        CHECK(s.cell(2, 1).type == TableCell::Type::Number);
        CHECK(s.cell(2, 1).number == 95.5);
        CHECK(s.cell(2, 2).type == TableCell::Type::Date);
        CHECK(s.cell(2, 2).date() == QDate(2001, 7, 1));
        REQUIRE(sheets.size() == 2);
        CHECK(sheets[1].name == QStringLiteral("Sheet2"));
        CHECK(sheets[1].cell(0, 0).number == 42);
    }
}

} // namespace

TEST_CASE("Files saved by LibreOffice as .xlsx, .xls and .csv read alike", "[tabular][office]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("roster.fods"));
    writeBytes(source, QByteArray(flatOds));
    QString error;

    SECTION("xlsx")
    {
        const auto sheets =
            readAll(convertWithLibreOffice(source, QStringLiteral("xlsx"), dir.path()), &error);
        INFO(error.toStdString());
        checkRoster(sheets, true);
    }
    SECTION("xls (BIFF8)")
    {
        const auto sheets =
            readAll(convertWithLibreOffice(source, QStringLiteral("xls"), dir.path()), &error);
        INFO(error.toStdString());
        checkRoster(sheets, true);
    }
    SECTION("csv (UTF-8)")
    {
        const QString csv = convertWithLibreOffice(
            source, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), dir.path());
        const auto sheets = readAll(csv, &error);
        INFO(error.toStdString());
        checkRoster(sheets, false);
        CHECK(sheets[0].name == QStringLiteral("roster"));
    }
}

TEST_CASE("xls: damaged lengths that made freexl read past its buffers are refused before it opens the file",
          "[tabular][xls]")
{
    // Both found by fuzz_xls in LibreOffice .xls files (AddressSanitizer: stack-buffer-underflow
    // in iconv called from freexl_open): a directory entry whose name length is 57,376 bytes, and
    // one whose name length is 27,242, listed after the Workbook stream; and a root entry whose
    // mini stream claims 1.9 GB, which freexl allocated (out of memory); a number format of 37,353
    // two-byte characters in a 17-byte record (heap-buffer-overflow in memcpy); a sheet with a
    // second, 10-byte DIMENSION record (freexl freed a pointer it had not allocated).
    for (const char* name :
         {"freexl-directory-name-57376.xls", "freexl-directory-name-27242.xls", "freexl-root-size-1.9GB.xls",
          "freexl-format-length.xls", "freexl-second-dimension.xls"}) {
        INFO(name);
        QString error;
        CHECK_FALSE(
            TableReader::open(QStringLiteral(PARTYDESK_TEST_DATA "/tabular/") + QLatin1String(name), &error));
        INFO(error.toStdString());
        CHECK(error.contains(QLatin1String(name)));
        CHECK(error.contains(QStringLiteral("damaged")));
    }
}
