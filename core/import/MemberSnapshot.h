#pragma once

#include "domain/Member.h"

#include <QByteArray>

namespace partydesk {

// A member as saved, as compact JSON: an import keeps how each member it updates looked before,
// so undoing the import can put them back.
namespace MemberSnapshot {

QByteArray toJson(const Member& member);
// Returns false when the text is not a snapshot.
bool fromJson(const QByteArray& json, Member* member);

} // namespace MemberSnapshot

} // namespace partydesk
