#pragma once

#include <QString>

namespace partydesk {

// The outcome of a write: empty `error` means it was saved.
struct WriteResult
{
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace partydesk
