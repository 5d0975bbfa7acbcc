#include "tabular/CellReference.h"
#include "tabular/Table.h"
#include "tabular/TableReader.h"
#include "tabular/XlsxStyles.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <limits>

using namespace partydesk;
using namespace partydesk::tabular;

TEST_CASE("Cell references: Excel's range only, never an overflow", "[tabular]")
{
    const auto parse = [](const char* text) {
        return parseCellReference(QString::fromLatin1(text), 1048576, 16384);
    };
    REQUIRE(parse("A1"));
    CHECK(parse("A1")->row == 0);
    CHECK(parse("A1")->column == 0);
    CHECK(parse("AB12")->column == 27);
    CHECK(parse("AB12")->row == 11);
    CHECK(parse("XFD1048576")->column == 16383);
    CHECK(parse("XFD1048576")->row == 1048575);
    CHECK(parse("xfd1")->column == 16383);
    for (const char* bad : {"", "A", "1", "A0", "A01", "F-4", "A+4", "XFE1", "ABCDEFG1", "AAAA1", "A1048577",
                            "A99999999", "A99999999999999999999", "A1B", "$A$1", "A 1", "A1.5"}) {
        INFO(bad);
        CHECK_FALSE(parse(bad));
    }
    CHECK_FALSE(parseRowNumber(u"-4", 1048576));
    CHECK_FALSE(parseRowNumber(u"0", 1048576));
    CHECK(*parseRowNumber(u"1048576", 1048576) == 1048575);
    CHECK_FALSE(parseRowNumber(u"4294967297", 1048576)); // 2^32 + 1 does not wrap to 1
}

TEST_CASE("Excel serial days: the 1900 system with Lotus' leap day", "[tabular]")
{
    CHECK(dateFromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK(dateFromExcelSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(dateFromExcelSerial(60).isValid()); // 29 February 1900 never was
    CHECK(dateFromExcelSerial(61) == QDate(1900, 3, 1));
    CHECK(dateFromExcelSerial(45474) == QDate(2024, 7, 1));
    CHECK(dateFromExcelSerial(45474.75) == QDate(2024, 7, 1));
    CHECK(dateFromExcelSerial(2958465) == QDate(9999, 12, 31));
    for (double bad : {0.0, -1.0, 0.5, 2958466.0, std::numeric_limits<double>::infinity(),
                       std::numeric_limits<double>::quiet_NaN(), 1e300})
        CHECK_FALSE(dateFromExcelSerial(bad).isValid());
    CHECK(excelSerialFromDate(QDate(2024, 7, 1)) == 45474);
    CHECK(excelSerialFromDate(QDate(1900, 2, 28)) == 59);
    CHECK(excelSerialFromDate(QDate(2024, 7, 1), QTime(18, 0)) == 45474.75);
}

TEST_CASE("A cell shows as a person reads it", "[tabular]")
{
    using T = TableCell::Type;
    CHECK(TableCell{T::Number, {}, 3}.displayText() == QStringLiteral("3"));
    CHECK(TableCell{T::Number, {}, -12}.displayText() == QStringLiteral("-12"));
    CHECK(TableCell{T::Number, {}, 2.15}.displayText() == QStringLiteral("2.15"));
    CHECK(TableCell{T::Number, {}, 110101199003070000.0}.displayText() ==
          QStringLiteral("110101199003070000"));
    CHECK(TableCell{T::Number, {}, 123456789012}.displayText() == QStringLiteral("123456789012"));
    CHECK(TableCell{T::Date, {}, 45474}.displayText() == QStringLiteral("2024-07-01"));
    CHECK(TableCell{T::Date, {}, 45474.5}.displayText() == QStringLiteral("2024-07-01 12:00"));
    CHECK(TableCell{T::Date, {}, 0.25}.displayText() == QStringLiteral("06:00"));
    CHECK(TableCell{T::Boolean, {}, 1}.displayText() == QStringLiteral("TRUE"));
    CHECK(TableCell{T::Error, QStringLiteral("#N/A"), 0}.displayText() == QStringLiteral("#N/A"));
    CHECK(TableCell{T::Text, QStringLiteral("  "), 0}.isEmpty());
    CHECK(TableCell{T::Date, {}, 45474}.date() == QDate(2024, 7, 1));
    CHECK_FALSE(TableCell{T::Text, QStringLiteral("2024-07-01"), 0}.date().isValid());

    TableRow row;
    row.cells.resize(2);
    row.cells[1] = {T::Text, QStringLiteral("x"), 0};
    CHECK(row.cell(1).text == QStringLiteral("x"));
    CHECK(row.cell(-1).type == T::Empty);
    CHECK(row.cell(1000000).type == T::Empty);
    CHECK_FALSE(row.isBlank());

    TableSheet sheet;
    sheet.rows.push_back({3, {TableCell{T::Number, {}, 7}}});
    sheet.rows.push_back({10, {TableCell(), TableCell{T::Number, {}, 8}}});
    CHECK(sheet.rowCount() == 10);
    CHECK(sheet.cell(2, 0).number == 7);
    CHECK(sheet.cell(9, 1).number == 8);
    CHECK(sheet.cell(4, 0).type == T::Empty);
    CHECK(sheet.cell(-1, -1).type == T::Empty);
}

TEST_CASE("Number formats that show dates, and those that do not", "[tabular]")
{
    for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 31, 36, 45, 46, 47, 50, 57, 58})
        CHECK(isBuiltInDateFormat(id));
    for (int id : {0, 1, 2, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49, 59})
        CHECK_FALSE(isBuiltInDateFormat(id));
    for (const char* code :
         {"yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "yyyy年m月d日", "d/m/yy", "h:mm", "mm:ss", "[h]:mm:ss",
          "[$-804]yyyy\"年\"m\"月\"", "[Red]dd/mm/yyyy", "[DBNum1]yyyy年m月d日"}) {
        INFO(code);
        CHECK(isDateFormatCode(QString::fromUtf8(code)));
    }
    for (const char* code : {"General", "0.00", "#,##0", "0.00E+00", "@", "\"days\" 0", "[Red]0.00", "0\\d",
                             "[$-804]0", "¥#,##0.00;[Red]-¥#,##0.00", "0_);(0)", "m"}) {
        INFO(code);
        CHECK_FALSE(isDateFormatCode(QString::fromUtf8(code)));
    }
}
