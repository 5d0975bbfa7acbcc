#pragma once

#include <QString>

#include <functional>

namespace partydesk {

// Who may read a finished file. Files with full ID numbers are the owner's alone, whatever the
// umask; other files read like any file the user saves (0666 less the umask).
enum class FileAccess
{
    Usual,
    OwnerOnly
};

// A temporary name beside `path` ("path.XXXXXX.partial") for a file that replaces `path` only
// once complete and checked, so a failed, cancelled or killed export leaves the old file as it
// was and, after the next run, nothing else.
class PendingFile
{
public:
    explicit PendingFile(const QString& path, FileAccess access = FileAccess::Usual);
    ~PendingFile(); // removes the temporary file unless commit() succeeded

    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    bool isValid() const { return !m_temporary.isEmpty(); }
    QString temporaryPath() const { return m_temporary; }
    // Why no temporary file could be made, for the user.
    QString creationError() const { return m_creationError; }

    // Returns the problem found in the finished temporary file, or an empty string.
    using Verifier = std::function<QString(const QString& temporaryPath)>;
    // Flushes the finished file to disk, checks it with `verify`, sets its permissions and renames
    // it over `path` in one step (the old file is never removed first). Returns an error message
    // for the user, or an empty string.
    QString commit(const Verifier& verify = {});

    // Removes the temporary files of our naming in `folder` that no running export holds (left by
    // a kill or a power cut). Returns how many were removed.
    static int removeStale(const QString& folder);

private:
    QString m_path;
    QString m_temporary;
    QString m_creationError;
    FileAccess m_access;
    int m_lockHandle = -1; // held open (and locked) while the file is being written
    bool m_committed = false;
};

} // namespace partydesk
