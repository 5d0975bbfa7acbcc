#pragma once

#include "security/Session.h"
#include "storage/WriteGate.h"

#include <initializer_list>

namespace partydesk {

// Why a write may not happen now: the file (damaged, still being checked, read-only) or the signed-in
// user's role; an empty string when it may. Every service asks this before it writes.
inline QString writeRefusal(const WriteGate& gate, const Session& session, Permission permission)
{
    if (QString why = gate.refusal(); !why.isEmpty())
        return why;
    return session.refusal(permission);
}

// The same for work that needs several rights at once: the first one missing.
inline QString writeRefusal(const WriteGate& gate, const Session& session,
                            std::initializer_list<Permission> permissions)
{
    for (Permission permission : permissions)
        if (QString why = writeRefusal(gate, session, permission); !why.isEmpty())
            return why;
    return {};
}

} // namespace partydesk
