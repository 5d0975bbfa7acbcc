#include "report/NiceScale.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace partydesk;

namespace {

// A step of 1, 2 or 5 × 10ⁿ.
bool isNiceStep(double step)
{
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    for (double m : {1.0, 2.0, 5.0})
        if (std::abs(mantissa - m) < 1e-6)
            return true;
    return false;
}

} // namespace

TEST_CASE("A rating total up to 105 gets ticks every 20 up to 120, not 0/26/52/78/105", "[charts]")
{
    const NiceScale scale = niceScale(0, 105);
    CHECK(scale.min == 0);
    CHECK(scale.max == 120);
    CHECK(scale.step == 20);
    CHECK(scale.tickCount() == 7);
    CHECK(scale.decimals == 0);
    CHECK(scale.ticks() == QList<double>{0, 20, 40, 60, 80, 100, 120});
}

TEST_CASE("Counts up to 7 step by whole numbers, never by fractions", "[charts]")
{
    const NiceScale seven = niceScale(0, 7, 6, true);
    CHECK(seven.min == 0);
    CHECK(seven.max == 8);
    CHECK(seven.step == 2);
    CHECK(seven.ticks() == QList<double>{0, 2, 4, 6, 8});

    // Small counts would get 0.5 steps without `integers`; counts keep a step of 1.
    CHECK(niceScale(0, 3).step == 0.5);
    const NiceScale three = niceScale(0, 3, 6, true);
    CHECK(three.step == 1);
    CHECK(three.max == 3);
    CHECK(three.decimals == 0);
    for (int count = 0; count <= 200; ++count) {
        const NiceScale scale = niceScale(0, count, 6, true);
        INFO("count " << count);
        CHECK(scale.step >= 1);
        CHECK(scale.step == std::floor(scale.step));
        CHECK(scale.max >= count);
        CHECK(scale.intervals() <= 6);
        CHECK(isNiceStep(scale.step));
    }
}

TEST_CASE("Percentages 0..100 tick every 20, and one value or none still gives an axis", "[charts]")
{
    const NiceScale percent = niceScale(0, 100);
    CHECK(percent.max == 100);
    CHECK(percent.step == 20);

    const NiceScale empty = niceScale(0, 0, 6, true);
    CHECK(empty.min == 0);
    CHECK(empty.max == 1);
    CHECK(empty.step == 1);
    const NiceScale emptyValues = niceScale(0, 0);
    CHECK(emptyValues.max == 1);
    CHECK(emptyValues.step == Approx(0.2));
    CHECK(emptyValues.decimals == 1);

    const NiceScale one = niceScale(7, 7, 6, true);
    CHECK(one.min == 0);
    CHECK(one.max >= 7);
    CHECK(niceScale(-3, -3).max == 0);
    CHECK(niceScale(-3, -3).min <= -3);
    const NiceScale broken = niceScale(std::nan(""), 5);
    CHECK(broken.min == 0);
    CHECK(broken.max == 1);
}

TEST_CASE("Nice scales cover their range on 1-2-5 steps with few intervals, small or large", "[charts]")
{
    const NiceScale fraction = niceScale(0, 0.7);
    CHECK(fraction.step == Approx(0.2));
    CHECK(fraction.max == Approx(0.8));
    CHECK(fraction.decimals == 1);
    CHECK(fraction.ticks().at(3) == 0.6); // rounded, not 0.6000000000000001

    const NiceScale reversed = niceScale(105, 0);
    CHECK(reversed.max == 120);

    const NiceScale negative = niceScale(-12, 37);
    CHECK(negative.min == -20);
    CHECK(negative.max == 40);
    CHECK(negative.step == 10);

    for (double high : {0.013, 0.9, 1.0, 4.2, 9.99, 12.0, 55.0, 99.5, 101.0, 333.0, 4871.0, 1.2e6}) {
        for (int intervals : {4, 5, 6, 8}) {
            const NiceScale scale = niceScale(0, high, intervals);
            INFO("high " << high << ", at most " << intervals << " intervals");
            CHECK(isNiceStep(scale.step));
            CHECK(scale.min == 0);
            CHECK(scale.max >= high);
            CHECK(scale.max - scale.step < high); // no empty step above the data
            CHECK(scale.intervals() <= intervals);
            CHECK(scale.intervals() >= 1);
        }
    }
    CHECK(nextNiceStep(1) == 2);
    CHECK(nextNiceStep(2) == 5);
    CHECK(nextNiceStep(5) == 10);
    CHECK(nextNiceStep(0.5) == 1);
}
