#pragma once

#include "domain/Enums.h"

#include <array>
#include <optional>
#include <QString>

namespace partydesk {

// 民主评议党员: the four grades, stored as English codes and shown through translation (context "Enum").
enum class AppraisalGrade
{
    Excellent,          // 优秀
    Qualified,          // 合格
    BasicallyQualified, // 基本合格
    Unqualified         // 不合格
};
template <> const QList<EnumInfo<AppraisalGrade>>& enumInfos<AppraisalGrade>();

constexpr int appraisalGradeCount = 4;
// The grade's place in the order above (0 = 优秀), for arrays of counts.
inline int gradeIndex(AppraisalGrade grade)
{
    return int(grade);
}
inline AppraisalGrade gradeAt(int index)
{
    return AppraisalGrade(index);
}

// Counts per grade, in the order of AppraisalGrade.
using GradeCounts = std::array<int, appraisalGradeCount>;

// The share of those rated that may be 优秀 at most: numerator/denominator (1/3, 20/100).
struct AppraisalCap
{
    int numerator = 1;
    int denominator = 3;

    bool valid() const { return denominator > 0 && numerator >= 0 && numerator <= denominator; }
    // How many of `rated` may be 优秀: the largest n with n × denominator ≤ numerator × rated.
    int maxExcellent(int rated) const;
    // Exact, in integers: excellent × denominator ≤ numerator × rated.
    bool allows(int excellent, int rated) const;
    // "1/3"
    QString text() const;
    // Reads "1/3" or "20/100" (spaces allowed); nullopt when it is not a share between 0 and 1.
    static std::optional<AppraisalCap> parse(const QString& text);
    bool operator==(const AppraisalCap& other) const
    {
        return numerator == other.numerator && denominator == other.denominator;
    }
};

} // namespace partydesk
