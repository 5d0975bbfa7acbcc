#include "ProbationDue.h"

#include "domain/DerivedFacts.h"

#include <algorithm>

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

} // namespace partydesk
