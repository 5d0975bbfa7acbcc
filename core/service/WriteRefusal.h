#pragma once

#include "security/Session.h"
#include "storage/WriteGate.h"

namespace partydesk {

// Why a write may not happen now: the file (damaged, still being checked, read-only) or the signed-in
// user's role; an empty string when it may. Every service asks this before it writes.
inline QString writeRefusal(const WriteGate& gate, const Session& session, Permission permission)
{
    if (QString why = gate.refusal(); !why.isEmpty())
        return why;
    return session.refusal(permission);
}

} // namespace partydesk
