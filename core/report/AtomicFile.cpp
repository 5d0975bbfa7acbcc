#include "AtomicFile.h"

#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace partydesk {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString failed(const QString& path, int errnoValue)
{
    return QCoreApplication::translate("PendingFile", "\"%1\" could not be written. %2")
        .arg(native(path), fileErrorCause(errnoValue));
}

// QTemporaryFile's XXXXXX after the target's own name and extension: nobody else's files.
const QRegularExpression& partialName()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^.+\.[A-Za-z0-9]{1,10}\.[A-Za-z0-9]{6}\.partial$)"));
    return pattern;
}

#ifdef Q_OS_UNIX
// 0666 less the umask, the mode any program's new file gets.
mode_t usualMode()
{
    static QMutex mutex; // umask can only be read by setting it
    QMutexLocker lock(&mutex);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

int syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}
#endif

// Renames over an existing file in one step: a reader (or a kill) sees the old file or the new,
// never neither.
int replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return 0;
    return GetLastError() == ERROR_ACCESS_DENIED ? EACCES : EIO;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 ? 0 : errno;
#endif
}

} // namespace

PendingFile::PendingFile(const QString& path, FileAccess access) : m_path(path), m_access(access)
{
    removeStale(QFileInfo(path).absolutePath());
    QTemporaryFile reserve(path + QStringLiteral(".XXXXXX.partial"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        m_creationError = QCoreApplication::translate("PendingFile", "\"%1\" cannot be created in that folder. %2")
                              .arg(native(path), reserve.errorString());
        return;
    }
    m_temporary = reserve.fileName();
    reserve.close();
#ifdef Q_OS_UNIX
    // Held until the end, so removeStale() in another run leaves a file being written alone.
    m_lockHandle = ::open(QFile::encodeName(m_temporary).constData(), O_RDONLY | O_CLOEXEC);
    if (m_lockHandle >= 0)
        ::flock(m_lockHandle, LOCK_EX | LOCK_NB);
#endif
}

PendingFile::~PendingFile()
{
    if (!m_committed && !m_temporary.isEmpty())
        QFile::remove(m_temporary);
#ifdef Q_OS_UNIX
    if (m_lockHandle >= 0)
        ::close(m_lockHandle);
#endif
}

QString PendingFile::commit(const Verifier& verify)
{
    if (m_temporary.isEmpty())
        return m_creationError;
#ifdef Q_OS_UNIX
    // On the disk before it gets the name: after a power cut the name means a whole file.
    if (const int error = syncPath(m_temporary, O_RDONLY))
        return failed(m_path, error);
#endif
    if (verify) {
        if (const QString problem = verify(m_temporary); !problem.isEmpty())
            return problem;
    }
#ifdef Q_OS_UNIX
    // The temporary file is the owner's alone (0600) from its creation; others may read a usual
    // file as the umask allows. A drive without permissions (FAT) refuses chmod: nothing to do.
    if (m_access == FileAccess::Usual)
        ::chmod(QFile::encodeName(m_temporary).constData(), usualMode());
#endif
    if (const int error = replaceFile(m_temporary, m_path))
        return QCoreApplication::translate("PendingFile", "\"%1\" cannot be replaced. %2")
            .arg(native(m_path), fileErrorCause(error));
    m_committed = true;
#ifdef Q_OS_UNIX
    syncPath(QFileInfo(m_path).absolutePath(), O_RDONLY | O_DIRECTORY); // the rename itself; best effort
#endif
    return {};
}

int PendingFile::removeStale(const QString& folder)
{
    const QDir dir(folder);
    int removed = 0;
    const QStringList candidates = dir.entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    for (const QString& name : candidates) {
        if (!partialName().match(name).hasMatch())
            continue;
        const QString path = dir.filePath(name);
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        const bool unheld = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (unheld && QFile::remove(path))
            ++removed;
        ::close(fd);
#else
        // Without advisory locks: a file untouched for a day is no export still running.
        if (QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600 && QFile::remove(path))
            ++removed;
#endif
    }
    return removed;
}

} // namespace partydesk
