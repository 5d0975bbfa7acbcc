#include "WishFacts.h"

#include "repository/SqlRead.h"
#include "repository/SqlValues.h"
#include "WishRepository.h"

#include <algorithm>
#include <QHash>
#include <QSqlQuery>

namespace partydesk {

namespace {

QList<WishGroupCount> countsBy(const QList<MicroWish>& wishes, int year, bool byGrid)
{
    QList<WishGroupCount> groups;
    QHash<qint64, int> index;
    for (const MicroWish& w : wishes) {
        if (w.wishedOn.year() != year)
            continue;
        const qint64 id = byGrid ? w.gridId : w.orgId;
        if (!index.contains(id)) {
            index.insert(id, int(groups.size()));
            groups.append({id, byGrid ? w.gridName : w.branchName, 0, 0, 0, 0});
        }
        WishGroupCount& g = groups[index.value(id)];
        ++g.recorded;
        switch (w.stage()) {
        case WishStage::Fulfilled:
            ++g.fulfilled;
            break;
        case WishStage::Withdrawn:
            ++g.withdrawn;
            break;
        default:
            ++g.open;
        }
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const WishGroupCount& a, const WishGroupCount& b) { return a.name < b.name; });
    return groups;
}

} // namespace

std::array<WishMonthCount, 12> wishCountsByMonth(const QList<MicroWish>& wishes, int year)
{
    std::array<WishMonthCount, 12> months{};
    for (const MicroWish& w : wishes) {
        if (w.wishedOn.year() == year)
            ++months[size_t(w.wishedOn.month() - 1)].recorded;
        if (w.fulfilledOn.isValid() && w.fulfilledOn.year() == year && !w.withdrawnOn.isValid())
            ++months[size_t(w.fulfilledOn.month() - 1)].fulfilled;
    }
    return months;
}

QList<WishGroupCount> wishCountsByBranch(const QList<MicroWish>& wishes, int year)
{
    return countsBy(wishes, year, false);
}

QList<WishGroupCount> wishCountsByGrid(const QList<MicroWish>& wishes, int year)
{
    return countsBy(wishes, year, true);
}

std::array<int, 5> wishCountsByStage(const QList<MicroWish>& wishes)
{
    std::array<int, 5> counts{};
    for (const MicroWish& w : wishes)
        ++counts[size_t(w.stage())];
    return counts;
}

QList<WaitingWish> wishesWaiting(const QSqlDatabase& db, const QList<qint64>& orgIds, QDate today)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, org_id, wish, published_on FROM micro_wish WHERE %1 "
                             "AND published_on IS NOT NULL AND claimed_on IS NULL AND withdrawn_on IS NULL "
                             "ORDER BY published_on, id")
                  .arg(wishOrgFilter(orgIds, QStringLiteral("org_id"))));
    QList<WaitingWish> list;
    if (!execRead(q))
        return list;
    while (q.next()) {
        WaitingWish w;
        w.id = q.value(0).toLongLong();
        w.orgId = q.value(1).toLongLong();
        w.wish = q.value(2).toString();
        w.publishedOn = dateFromSql(q.value(3));
        w.days = int(w.publishedOn.daysTo(today));
        w.overdue = w.days > wishClaimDays;
        list << w;
    }
    return list;
}

WishFacts wishFacts(const QList<MicroWish>& wishes, int year)
{
    WishFacts f;
    int madeNotWithdrawn = 0;
    int madeFulfilled = 0;
    qint64 days = 0;
    for (const MicroWish& w : wishes) {
        const bool withdrawn = w.withdrawnOn.isValid();
        if (w.wishedOn.year() == year) {
            ++f.recorded;
            if (!withdrawn) {
                ++madeNotWithdrawn;
                if (w.fulfilledOn.isValid())
                    ++madeFulfilled;
            }
        }
        if (w.publishedOn.isValid() && w.publishedOn.year() == year)
            ++f.published;
        if (w.claimedOn.isValid() && w.claimedOn.year() == year)
            ++f.claimed;
        if (withdrawn && w.withdrawnOn.year() == year)
            ++f.withdrawn;
        if (!withdrawn && w.fulfilledOn.isValid() && w.fulfilledOn.year() == year) {
            ++f.fulfilled;
            if (w.claimerUnitId > 0)
                ++f.fulfilledByUnits;
            else
                ++f.fulfilledByMembers;
            days += w.publishedOn.daysTo(w.fulfilledOn);
        }
    }
    f.fulfilledShare = madeNotWithdrawn > 0 ? double(madeFulfilled) / madeNotWithdrawn : 0;
    f.averageDaysToFulfil = f.fulfilled > 0 ? double(days) / f.fulfilled : 0;
    return f;
}

WishFacts wishFacts(const QSqlDatabase& db, const QList<qint64>& orgIds, int year)
{
    return wishFacts(WishRepository(db).wishes(orgIds, year), year);
}

} // namespace partydesk
