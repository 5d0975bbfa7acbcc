#include "MonthlyFacts.h"

#include "domain/DerivedFacts.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

Member asMember(const RosterRow& row)
{
    Member m;
    m.status = row.status;
    m.joinedOn = row.joinedOn;
    m.fullOn = row.fullOn;
    m.leftOn = row.leftOn;
    return m;
}

} // namespace

QStringList politicalBirthdayLines(const std::vector<RosterRow>& roster, const QSet<qint64>& orgIds,
                                   QDate month)
{
    QStringList lines;
    for (const RosterRow& row : roster)
        if (orgIds.contains(row.orgId) && politicalBirthdayInMonth(asMember(row), month))
            lines << QCoreApplication::translate("MonthlyFacts", "%1 (joined %2, %3 years)")
                         .arg(row.name)
                         .arg(row.joinedOn.year())
                         .arg(month.year() - row.joinedOn.year());
    return lines;
}

QList<const RosterRow*> fiftyYearMedalCandidates(const std::vector<RosterRow>& roster,
                                                 const QSet<qint64>& orgIds, int year)
{
    QList<const RosterRow*> list;
    for (const RosterRow& row : roster)
        if (orgIds.contains(row.orgId) && fiftyYearMedalDue(asMember(row), year))
            list << &row;
    return list;
}

} // namespace partydesk
