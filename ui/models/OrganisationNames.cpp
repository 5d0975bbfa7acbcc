#include "OrganisationNames.h"

namespace partydesk {

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

} // namespace partydesk
