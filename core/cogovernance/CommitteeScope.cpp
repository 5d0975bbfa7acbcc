#include "CommitteeScope.h"

#include <QHash>

namespace partydesk {

qint64 committeeOf(const QList<Organisation>& organisations, qint64 orgId)
{
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    // The walk is bounded by the number of organisations, so a damaged tree with a cycle ends too.
    for (qsizetype steps = 0; orgId != 0 && steps <= organisations.size(); ++steps) {
        const Organisation* org = byId.value(orgId);
        if (!org)
            return 0;
        if (isCommunityCommittee(org->type))
            return org->id;
        orgId = org->parentId;
    }
    return 0;
}

QList<qint64> committeesUnder(const QList<Organisation>& organisations, qint64 orgId)
{
    if (const qint64 own = committeeOf(organisations, orgId))
        return {own};
    QHash<qint64, qint64> parentOf;
    for (const Organisation& org : organisations)
        parentOf.insert(org.id, org.parentId);
    QList<qint64> committees;
    for (const Organisation& org : organisations) {
        if (!isCommunityCommittee(org.type))
            continue;
        bool under = orgId == 0;
        qint64 parent = org.parentId;
        for (qsizetype steps = 0; !under && parent != 0 && steps <= organisations.size(); ++steps) {
            under = parent == orgId;
            parent = parentOf.value(parent);
        }
        if (under)
            committees.append(org.id);
    }
    return committees;
}

} // namespace partydesk
