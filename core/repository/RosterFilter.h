#pragma once

#include "domain/Enums.h"
#include "RosterRow.h"

#include <optional>
#include <QSet>
#include <QString>

namespace partydesk {

// What the roster shows and exports: the part of the tree, the category, status and tag, whether
// members who left are included, and the search text.
struct RosterFilter
{
    std::optional<QSet<qint64>> orgIds; // none: every organisation
    std::optional<MemberCategory> category;
    std::optional<MemberStatus> status;
    std::optional<MemberTag> tag;
    bool includeLeft = false;
    QString search; // name, ID number or phone, any part of it

    // Everything but the search text (the roster model matches that on prepared keys).
    bool acceptsIgnoringSearch(const RosterRow& row) const
    {
        if (!includeLeft && row.leftOn.isValid())
            return false;
        if (orgIds && !orgIds->contains(row.orgId))
            return false;
        if (category && row.category != *category)
            return false;
        if (status && row.status != *status)
            return false;
        return !tag || row.hasTag(*tag);
    }

    bool accepts(const RosterRow& row) const
    {
        const QString text = search.trimmed();
        return acceptsIgnoringSearch(row) &&
               (text.isEmpty() || row.name.contains(text, Qt::CaseInsensitive) ||
                row.idNumber.contains(text, Qt::CaseInsensitive) || row.phone.contains(text));
    }
};

} // namespace partydesk
