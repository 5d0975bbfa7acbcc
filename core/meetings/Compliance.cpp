#include "Compliance.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QSet>

namespace partydesk {

QList<ComplianceRule> defaultComplianceRules()
{
    using U = ComplianceRule::Unit;
    return {{MeetingKind::ThemeDay, U::Month},       {MeetingKind::GeneralMeeting, U::Quarter},
            {MeetingKind::Committee, U::Month},      {MeetingKind::GroupMeeting, U::Month},
            {MeetingKind::PartyLecture, U::Quarter}, {MeetingKind::LifeMeeting, U::Year},
            {MeetingKind::DemocraticReview, U::Year}};
}

namespace {

// A unit's key: months as y*12+m, quarters as y*4+q, years as y.
int unitOf(QDate date, ComplianceRule::Unit unit)
{
    switch (unit) {
    case ComplianceRule::Unit::Month:
        return date.year() * 12 + date.month() - 1;
    case ComplianceRule::Unit::Quarter:
        return date.year() * 4 + (date.month() - 1) / 3;
    case ComplianceRule::Unit::Year:
        return date.year();
    }
    return 0;
}

QDate unitEnd(int key, ComplianceRule::Unit unit)
{
    switch (unit) {
    case ComplianceRule::Unit::Month:
        return QDate(key / 12, key % 12 + 1, 1).addMonths(1).addDays(-1);
    case ComplianceRule::Unit::Quarter:
        return QDate(key / 4, (key % 4) * 3 + 1, 1).addMonths(3).addDays(-1);
    case ComplianceRule::Unit::Year:
        return QDate(key, 12, 31);
    }
    return {};
}

QString unitLabel(int key, ComplianceRule::Unit unit)
{
    switch (unit) {
    case ComplianceRule::Unit::Month:
        return QStringLiteral("%1-%2").arg(key / 12).arg(key % 12 + 1, 2, 10, QLatin1Char('0'));
    case ComplianceRule::Unit::Quarter:
        return QCoreApplication::translate("Compliance", "%1 %2").arg(key / 4).arg(quarterName(key % 4 + 1));
    case ComplianceRule::Unit::Year:
        return QString::number(key);
    }
    return {};
}

} // namespace

ComplianceResult checkCompliance(const ComplianceRule& rule, const QList<QDate>& dates, QDate from, QDate to,
                                 QDate today)
{
    ComplianceResult result;
    result.kind = rule.kind;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    QSet<int> covered;
    for (QDate date : dates)
        if (date >= from && date <= to) {
            ++result.held;
            covered.insert(unitOf(date, rule.unit));
        }
    const int first = unitOf(from, rule.unit);
    const int last = unitOf(to, rule.unit);
    for (int key = first; key <= last; ++key) {
        const bool pending = today.isValid() && !covered.contains(key) && unitEnd(key, rule.unit) > today;
        if (pending)
            continue;
        ++result.required;
        if (!covered.contains(key))
            result.gaps << unitLabel(key, rule.unit);
    }
    return result;
}

} // namespace partydesk
