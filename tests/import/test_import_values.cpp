#include "import/ImportEnums.h"
#include "import/ImportText.h"
#include "import/RosterFields.h"
#include "report/RosterExport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

namespace {

TableCell text(const QString& t)
{
    TableCell c;
    c.type = TableCell::Type::Text;
    c.text = t;
    return c;
}

TableCell number(double n)
{
    TableCell c;
    c.type = TableCell::Type::Number;
    c.number = n;
    return c;
}

} // namespace

TEST_CASE("Dates typed every way a roster has them read as the same day", "[import][issue10]")
{
    const QDate july1(1985, 7, 1);
    for (const char* typed : {"1985-7-1", "1985/07/01", "1985.7.1", "19850701", "1985年7月1日",
                              "１９８５．７．１", " 1985-07-01 00:00:00 ", "1985 年 7 月 1 日"}) {
        INFO(typed);
        const ImportText::DateValue value = ImportText::parseDate(text(QString::fromUtf8(typed)));
        CHECK(value.error.isEmpty());
        CHECK(value.date == july1);
        CHECK_FALSE(value.monthOnly);
    }
    for (const char* typed : {"1985.07", "1985年7月", "198507", "1985-7"}) {
        INFO(typed);
        const ImportText::DateValue value = ImportText::parseDate(text(QString::fromUtf8(typed)));
        CHECK(value.date == july1);
        CHECK(value.monthOnly);
    }
    TableCell serial;
    serial.type = TableCell::Type::Date;
    serial.number = 31229; // 1985-07-01 in Excel's 1900 system
    CHECK(ImportText::parseDate(serial).date == july1);
    CHECK(ImportText::parseDate(number(31229)).date == july1);
    CHECK(ImportText::parseDate(number(19850701)).date == july1);
}

TEST_CASE("A month typed into a number cell is read, unless 10 and 1 became the same number",
          "[import][issue10]")
{
    CHECK(ImportText::parseDate(number(1985.07)).date == QDate(1985, 7, 1));
    CHECK(ImportText::parseDate(number(1985.7)).date == QDate(1985, 7, 1));
    CHECK(ImportText::parseDate(number(1985.12)).date == QDate(1985, 12, 1));
    const ImportText::DateValue ambiguous = ImportText::parseDate(number(1985.1));
    CHECK_FALSE(ambiguous.date.isValid());
    CHECK(ambiguous.error.contains(QStringLiteral("1985.1")));
}

TEST_CASE("Dates that do not exist or are no dates are refused with the text as typed", "[import][issue10]")
{
    for (const char* typed : {"1985-02-30", "1985-13-01", "今年七月", "1985..7", "0000-01-01"}) {
        INFO(typed);
        const ImportText::DateValue value = ImportText::parseDate(text(QString::fromUtf8(typed)));
        CHECK_FALSE(value.date.isValid());
        CHECK(value.error.contains(QString::fromUtf8(typed)));
    }
    CHECK(ImportText::parseDate(text(QStringLiteral("  "))).error.isEmpty());
}

TEST_CASE("ID numbers are normalised; one that a spreadsheet turned into a number is refused",
          "[import][issue10]")
{
    CHECK(ImportText::parseIdNumber(text(QStringLiteral("'11010519491231002x"))).text ==
          QStringLiteral("11010519491231002X"));
    CHECK(ImportText::parseIdNumber(text(QStringLiteral("110105 1949 1231 002X"))).text ==
          QStringLiteral("11010519491231002X"));
    CHECK(ImportText::parseIdNumber(text(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"))).text ==
          QStringLiteral("11010519491231002X"));
    const ImportText::IdValue asNumber = ImportText::parseIdNumber(number(430105198507011234.0));
    CHECK(asNumber.text.isEmpty());
    CHECK(asNumber.error.contains(QStringLiteral("4.30105E+17")));
    const ImportText::IdValue scientific = ImportText::parseIdNumber(text(QStringLiteral("4.30105E+17")));
    CHECK(scientific.text.isEmpty());
    CHECK(scientific.error.contains(QStringLiteral("4.30105E+17")));
}

TEST_CASE("Enumerated fields accept the words people type", "[import][issue10]")
{
    Education e;
    REQUIRE(ImportEnums::education(QStringLiteral("硕士研究生"), &e));
    CHECK(e == Education::Postgraduate);
    REQUIRE(ImportEnums::education(QStringLiteral("本科"), &e));
    CHECK(e == Education::Bachelor);
    REQUIRE(ImportEnums::education(QStringLiteral("大学专科"), &e));
    CHECK(e == Education::College);
    REQUIRE(ImportEnums::education(QStringLiteral("小学"), &e));
    CHECK(e == Education::MiddleOrBelow);
    REQUIRE(ImportEnums::education(QStringLiteral("中专"), &e));
    CHECK(e == Education::Vocational);
    CHECK_FALSE(ImportEnums::education(QStringLiteral("自学成才"), &e));

    MemberCategory c;
    REQUIRE(ImportEnums::category(QStringLiteral("流动党员（流出）"), &c));
    CHECK(c == MemberCategory::FloatingOut);
    REQUIRE(ImportEnums::category(QStringLiteral("流入"), &c));
    CHECK(c == MemberCategory::FloatingIn);
    REQUIRE(ImportEnums::category(QStringLiteral("在职党员"), &c));
    CHECK(c == MemberCategory::InService);
    REQUIRE(ImportEnums::category(QStringLiteral("[在册]"), &c));
    CHECK(c == MemberCategory::Registered);
    CHECK_FALSE(ImportEnums::category(QStringLiteral("流动党员"), &c)); // out or in? the user must say

    MemberStatus s;
    REQUIRE(ImportEnums::status(QStringLiteral("预备党员"), &s));
    CHECK(s == MemberStatus::Probationary);
    REQUIRE(ImportEnums::status(QStringLiteral("正式"), &s));
    CHECK(s == MemberStatus::Full);
    REQUIRE(ImportEnums::status(QStringLiteral("中共党员"), &s));
    CHECK(s == MemberStatus::Full);
    CHECK_FALSE(ImportEnums::status(QStringLiteral("群众"), &s));

    Sex sex;
    REQUIRE(ImportEnums::sex(QStringLiteral(" 女 "), &sex));
    CHECK(sex == Sex::Female);
    CHECK(ImportEnums::ethnicity(QStringLiteral("汉")) == QStringLiteral("汉族"));
    CHECK(ImportEnums::ethnicity(QStringLiteral("蒙古")) == QStringLiteral("蒙古族"));
    CHECK(ImportEnums::ethnicity(QStringLiteral("火星族")).isEmpty());
}

TEST_CASE("Headers with line breaks, padding, marks and notes name their fields", "[import][issue10]")
{
    CHECK(RosterFields::fromHeader(QStringLiteral("入党\n时间")) == RosterField::JoinedOn);
    CHECK(RosterFields::fromHeader(QStringLiteral("姓　名")) == RosterField::Name);
    CHECK(RosterFields::fromHeader(QStringLiteral("*公民身份号码")) == RosterField::IdNumber);
    CHECK(RosterFields::fromHeader(QStringLiteral("身份证号码（18位）")) == RosterField::IdNumber);
    CHECK(RosterFields::fromHeader(QStringLiteral("所在党支部")) == RosterField::Branch);
    CHECK(RosterFields::fromHeader(QStringLiteral("政治面貌")) == RosterField::Status);
    CHECK(RosterFields::fromHeader(QStringLiteral("文化程度")) == RosterField::Education);
    CHECK(RosterFields::fromHeader(QStringLiteral("现居住地址")) == RosterField::Address);
    CHECK(RosterFields::fromHeader(QStringLiteral("爱好")) == RosterField::Unknown);
}

TEST_CASE("PartyDesk's own export headers are read in either language", "[import][issue10]")
{
    for (RosterColumn column : allRosterColumns()) {
        INFO(rosterColumnSourceHeader(column).toStdString());
        CHECK(RosterFields::fromHeader(rosterColumnSourceHeader(column)) != RosterField::Unknown);
        CHECK(RosterFields::fromHeader(rosterColumnHeader(column)) != RosterField::Unknown);
    }
}
