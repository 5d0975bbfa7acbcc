#include "ProbationDue.h"

#include "domain/DerivedFacts.h"

#include <algorithm>
#include <QHash>

namespace partydesk {

QList<ProbationDue> probationsDue(const std::vector<RosterRow>& roster, QDate today, int withinDays)
{
    QList<ProbationDue> due;
    for (const RosterRow& row : roster) {
        if (row.status != MemberStatus::Probationary || row.leftOn.isValid() || !row.joinedOn.isValid())
            continue;
        // The same end as probationOverdue: overdue from the day after the year is completed.
        const QDate ends = yearsCompleted(row.joinedOn, 1);
        const int daysLeft = int(today.daysTo(ends));
        if (daysLeft > withinDays)
            continue;
        due.append({row.id, row.name, row.orgId, row.joinedOn, ends, daysLeft});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const ProbationDue& a, const ProbationDue& b) { return a.daysLeft < b.daysLeft; });
    return due;
}

QList<ProbationDue> probationsDue(const QList<PipelineEntry>& pipeline, QDate today, int withinDays)
{
    std::vector<RosterRow> rows;
    QHash<qint64, QDate> extendedTo;
    for (const PipelineEntry& e : pipeline) {
        if (e.person.status != MemberStatus::Probationary)
            continue;
        RosterRow row;
        row.id = e.person.id;
        row.orgId = e.person.orgId;
        row.name = e.person.name;
        row.status = e.person.status;
        row.joinedOn = e.person.joinedOn;
        rows.push_back(row);
        if (e.record.extendedTo.isValid())
            extendedTo.insert(row.id, e.record.extendedTo);
    }
    // An extension only moves the end later: everyone it could list is in the plain list.
    QList<ProbationDue> due = probationsDue(rows, today, withinDays);
    for (ProbationDue& d : due)
        if (const auto to = extendedTo.constFind(d.memberId); to != extendedTo.cend()) {
            d.endsOn = *to;
            d.daysLeft = int(today.daysTo(*to));
        }
    due.erase(std::remove_if(due.begin(), due.end(),
                             [&](const ProbationDue& d) { return d.daysLeft > withinDays; }),
              due.end());
    std::stable_sort(due.begin(), due.end(),
                     [](const ProbationDue& a, const ProbationDue& b) { return a.daysLeft < b.daysLeft; });
    return due;
}

} // namespace partydesk
