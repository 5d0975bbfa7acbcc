#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

// How often each kind of meeting is required (三会一课 and the rest). Editable defaults.
struct ComplianceRule
{
    enum class Unit
    {
        Month,
        Quarter,
        Year
    };
    MeetingKind kind = MeetingKind::Committee;
    Unit unit = Unit::Month;
};

QList<ComplianceRule> defaultComplianceRules();

// One kind of meeting over a period: the months, quarters or years the period touches, those with
// at least one meeting inside the period, and the ones without (the gaps).
struct ComplianceResult
{
    MeetingKind kind = MeetingKind::Committee;
    int required = 0;
    int held = 0;     // meetings of that kind in the period
    QStringList gaps; // "2026-03", "2026 Q2", "2026"
    bool compliant() const { return gaps.isEmpty(); }
};

// `dates` are the days meetings of `rule.kind` were held. The period runs from `from` to `to`
// inclusive; a unit the period only partly covers counts, judged on the days inside the period.
// A unit not over by `today` (given) and without a meeting yet is pending, not a gap.
ComplianceResult checkCompliance(const ComplianceRule& rule, const QList<QDate>& dates, QDate from, QDate to,
                                 QDate today = QDate());

} // namespace partydesk
