#pragma once

#include <QString>

namespace partydesk {

// A temporary name beside `path` for a file that is renamed to `path` only once complete, so a
// failed or cancelled export leaves nothing behind.
class PendingFile
{
public:
    explicit PendingFile(const QString& path);
    ~PendingFile(); // removes the temporary file unless commit() succeeded

    bool isValid() const { return !m_temporary.isEmpty(); }
    QString temporaryPath() const { return m_temporary; }
    // Replaces `path` with the finished file; returns an error message, or an empty string.
    QString commit();

private:
    QString m_path;
    QString m_temporary;
    bool m_committed = false;
};

} // namespace partydesk
