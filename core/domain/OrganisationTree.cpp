#include "OrganisationTree.h"

#include <QCoreApplication>
#include <QHash>

namespace partydesk {

QSet<qint64> subtreeIds(const QList<Organisation>& organisations, qint64 rootId)
{
    QHash<qint64, QList<qint64>> children;
    bool found = false;
    for (const Organisation& org : organisations) {
        children[org.parentId].append(org.id);
        found = found || org.id == rootId;
    }
    QSet<qint64> ids;
    if (!found)
        return ids;
    QList<qint64> stack{rootId};
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        if (ids.contains(id))
            continue; // a loop in damaged data must not hang us
        ids.insert(id);
        stack.append(children.value(id));
    }
    return ids;
}

QHash<qint64, QString> organisationDisplayNames(const QList<Organisation>& organisations)
{
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    QHash<qint64, QString> names;
    for (const Organisation& org : organisations) {
        const Organisation* parent = byId.value(org.parentId);
        names.insert(
            org.id,
            org.type == OrgType::PartyGroup && parent
                ? QCoreApplication::translate("OrganisationNames", "%1 / %2").arg(parent->name, org.name)
                : org.name);
    }
    return names;
}

QHash<qint64, QString> uniqueOrganisationNames(const QList<Organisation>& organisations)
{
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    QHash<qint64, QString> names = organisationDisplayNames(organisations);
    QHash<qint64, const Organisation*> reached; // the highest ancestor already in each name
    for (const Organisation& org : organisations)
        reached.insert(org.id, &org);
    // A party group's display name already holds its branch.
    for (const Organisation& org : organisations)
        if (org.type == OrgType::PartyGroup && byId.value(org.parentId))
            reached.insert(org.id, byId.value(org.parentId));
    for (int depth = 0; depth < 8; ++depth) {
        QHash<QString, int> uses;
        for (const QString& name : std::as_const(names))
            ++uses[name];
        bool changed = false;
        for (const Organisation& org : organisations) {
            if (uses.value(names.value(org.id)) < 2)
                continue;
            const Organisation* top = reached.value(org.id);
            const Organisation* up = top ? byId.value(top->parentId) : nullptr;
            if (!up)
                continue;
            names.insert(org.id, up->name + QLatin1Char('/') + names.value(org.id));
            reached.insert(org.id, up);
            changed = true;
        }
        if (!changed)
            break;
    }
    return names;
}

} // namespace partydesk
