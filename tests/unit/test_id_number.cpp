#include "domain/IdNumber.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

TEST_CASE("Valid ID numbers give birth date and sex", "[id]")
{
    const IdNumberCheck a = IdNumber::check(QStringLiteral("11010519491231002X"));
    REQUIRE(a.ok);
    CHECK(a.birthDate == QDate(1949, 12, 31));
    CHECK(a.sex == Sex::Female); // 17th digit 2 is even

    const IdNumberCheck b = IdNumber::check(QStringLiteral("440524188001010014"));
    REQUIRE(b.ok);
    CHECK(b.birthDate == QDate(1880, 1, 1));
    CHECK(b.sex == Sex::Male);
}

TEST_CASE("A lower-case x is normalised", "[id]")
{
    const IdNumberCheck check = IdNumber::check(QStringLiteral(" 11010519491231002x "));
    REQUIRE(check.ok);
    CHECK(check.normalised == QStringLiteral("11010519491231002X"));
}

TEST_CASE("Mistyped ID numbers are refused with a reason", "[id]")
{
    SECTION("wrong check character")
    {
        const IdNumberCheck check = IdNumber::check(QStringLiteral("110105194912310021"));
        CHECK_FALSE(check.ok);
        CHECK(check.error.contains(QStringLiteral("X")));
    }
    SECTION("too short")
    {
        const IdNumberCheck check = IdNumber::check(QStringLiteral("11010519491231"));
        CHECK_FALSE(check.ok);
        CHECK(check.error.contains(QStringLiteral("14")));
    }
    SECTION("full-width digits")
    {
        const IdNumberCheck check = IdNumber::check(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"));
        CHECK_FALSE(check.ok);
        CHECK(check.error.contains(QStringLiteral("full-width")));
    }
    SECTION("impossible birth date")
    {
        const IdNumberCheck check = IdNumber::check(QStringLiteral("110105194902300011"));
        CHECK_FALSE(check.ok);
        CHECK(check.error.contains(QStringLiteral("19490230")));
    }
    SECTION("letters inside")
    {
        CHECK_FALSE(IdNumber::check(QStringLiteral("1101051949A231002X")).ok);
    }
}

TEST_CASE("The check character follows GB 11643", "[id]")
{
    CHECK(IdNumber::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
    CHECK(IdNumber::checkCharacter(u"44052418800101001") == QLatin1Char('4'));
}

TEST_CASE("Masking keeps the first and last four characters", "[id]")
{
    CHECK(IdNumber::masked(QStringLiteral("43052419800101123X")) == QStringLiteral("4305**********123X"));
    CHECK(IdNumber::masked(QString()).isEmpty());
}

TEST_CASE("Phone numbers: mobile and landline", "[phone]")
{
    CHECK(isValidPhone(QStringLiteral("13800138000")));
    CHECK(isValidPhone(QStringLiteral("0731-88886666")));
    CHECK(isValidPhone(QStringLiteral("073188886666")));
    CHECK_FALSE(isValidPhone(QStringLiteral("1380013800")));
    CHECK_FALSE(isValidPhone(QStringLiteral("23800138000")));
    CHECK_FALSE(isValidPhone(QStringLiteral("abc")));
}
