#pragma once

#include "repository/RosterRow.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <QSet>
#include <QString>
#include <thread>

namespace partydesk {

// The roster of an export, read on a thread of its own (with its own connection to the file)
// while the export writes the rows already read: for a district's 100,000 members reading and
// writing overlap instead of following each other.
class RosterStream
{
public:
    using Accepts = std::function<bool(const RosterRow&)>;

    // Starts reading the rows `accepts` takes, in roster order, and meanwhile counts them in a
    // light pass of its own (the report's row count must be known before its first line).
    RosterStream(const QString& workspaceConnection, std::optional<QSet<qint64>> orgIds, Accepts accepts);
    ~RosterStream();
    RosterStream(const RosterStream&) = delete;
    RosterStream& operator=(const RosterStream&) = delete;

    int count() const { return m_count; }
    // Row `i` (0 <= i < count()), waiting until it has been read; nullptr when the read ended
    // before it: failed, or the roster changed between the two passes. One consumer thread only.
    const RosterRow* row(int i);
    // Why the read ended early, or an empty string.
    QString error();

private:
    void read();

    QString m_workspaceConnection;
    std::optional<QSet<qint64>> m_orgIds;
    Accepts m_accepts;
    int m_count = 0;
    std::mutex m_mutex;
    std::condition_variable m_grown;
    std::deque<RosterRow> m_rows; // references stay valid as it grows
    bool m_counted = false;
    bool m_done = false;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
    // The reader's side only (row() is called from one thread).
    int m_lastIndex = -1;
    const RosterRow* m_lastRow = nullptr;
};

} // namespace partydesk
