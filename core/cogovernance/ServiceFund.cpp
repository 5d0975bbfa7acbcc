#include "ServiceFund.h"

#include <QHash>

namespace partydesk {

FundYear fundYear(Fen budget, const QList<FundProject>& projects, const QList<FundSpending>& spending,
                  int year)
{
    FundYear y;
    y.budget = budget;
    QHash<qint64, const FundProject*> byId;
    for (const FundProject& p : projects) {
        byId.insert(p.id, &p);
        if (p.approvedOn.year() == year)
            y.approved += p.approved;
    }
    QHash<qint64, Fen> spentOnProject; // over every year: a project may run into the next
    for (const FundSpending& s : spending) {
        const FundProject* project = byId.value(s.projectId);
        if (!project)
            continue;
        spentOnProject[s.projectId] += s.amount;
        if (s.spentOn.year() != year)
            continue;
        y.spent += s.amount;
        y.spentByCategory[project->category] += s.amount;
        y.spentInMonth[size_t(s.spentOn.month() - 1)] += s.amount;
    }
    y.balance = budget - y.spent;
    y.uncommitted = budget - y.approved;
    Fen cumulative = 0;
    for (size_t m = 0; m < 12; ++m) {
        cumulative += y.spentInMonth[m];
        y.unspentAtMonthEnd[m] = budget - cumulative;
    }
    for (const FundProject& p : projects)
        if (spentOnProject.value(p.id) > p.approved)
            y.overspentProjects << p.id;
    return y;
}

} // namespace partydesk
