#pragma once

#include "domain/Enums.h"

#include <optional>
#include <QSet>
#include <QString>

namespace partydesk {

// What the roster shows: the part of the tree, the category, status and tag, and the search text.
struct RosterFilter
{
    std::optional<QSet<qint64>> orgIds; // none: every organisation
    std::optional<MemberCategory> category;
    std::optional<MemberStatus> status;
    std::optional<MemberTag> tag;
    bool includeLeft = false;
    QString search; // name, ID number or phone, any part of it
};

} // namespace partydesk
