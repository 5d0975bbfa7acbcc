#include "StorageErrors.h"

#include <cerrno>
#include <QCoreApplication>
#include <QRegularExpression>
#include <sqlite3.h>

namespace partydesk {

namespace {

// SQLite's fixed English texts (sqlite3ErrStr), for errors that reach us only as text.
int codeFromText(const QString& text)
{
    static const struct
    {
        const char* text;
        int code;
    } known[] = {
        {"readonly database", SQLITE_READONLY},
        {"database or disk is full", SQLITE_FULL},
        {"disk I/O error", SQLITE_IOERR},
        {"unable to open database file", SQLITE_CANTOPEN},
        {"database is locked", SQLITE_BUSY},
        {"database table is locked", SQLITE_LOCKED},
        {"database disk image is malformed", SQLITE_CORRUPT},
        {"file is not a database", SQLITE_NOTADB},
        {"out of memory", SQLITE_NOMEM},
    };
    for (const auto& k : known)
        if (text.contains(QLatin1String(k.text), Qt::CaseInsensitive))
            return k.code;
    return 0;
}

int primaryCode(const QString& text, int resultCode)
{
    return resultCode != 0 ? (resultCode & 0xff) : codeFromText(text);
}

} // namespace

QString fileErrorCause(int errnoValue)
{
    switch (errnoValue) {
    case 0:
        return {};
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QCoreApplication::translate("StorageErrors",
                                           "The disk is full (or your quota is used up). Free some space "
                                           "or choose another drive, then try again.");
    case EFBIG:
        return QCoreApplication::translate("StorageErrors",
                                           "The file would be larger than this system allows (a file-size "
                                           "limit, or a drive formatted as FAT32 with its 4 GB limit).");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("StorageErrors",
                                           "You have no permission to write there. Choose a folder of your "
                                           "own, or ask whoever manages this PC.");
    case EROFS:
        return QCoreApplication::translate("StorageErrors",
                                           "The drive is read-only (a locked USB stick, a CD, or a "
                                           "write-protected share). Choose another place.");
    case ENOENT:
    case ENOTDIR:
        return QCoreApplication::translate("StorageErrors",
                                           "The folder does not exist (any more): was a USB stick removed?");
    case EIO:
        return QCoreApplication::translate("StorageErrors",
                                           "The drive reported an input/output error: it may be failing or "
                                           "was removed. Copy your files elsewhere soon.");
    case EBUSY:
    case ETXTBSY:
        return QCoreApplication::translate("StorageErrors",
                                           "The file is in use by another program: close it there and try "
                                           "again.");
    default:
        return QCoreApplication::translate("StorageErrors", "The system reported: %1.")
            .arg(QString::fromLocal8Bit(strerror(errnoValue)));
    }
}

QString sqliteErrorCause(const QString& sqliteText, int resultCode)
{
    switch (primaryCode(sqliteText, resultCode)) {
    case SQLITE_READONLY:
        return QCoreApplication::translate(
            "StorageErrors",
            "The workspace file or its folder is read-only, so nothing can be saved. The file itself is "
            "fine. To make changes, copy it to a folder where you may write (e.g. Documents) and open it "
            "there.");
    case SQLITE_FULL:
        return QCoreApplication::translate("StorageErrors",
                                           "The disk is full, so nothing more can be saved; what was saved "
                                           "before is intact. Free some space and try again.");
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "StorageErrors",
            "The workspace file could not be written (a disk error, a removed drive, or a file-size limit). "
            "What was saved before is intact; check the drive and try again.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("StorageErrors",
                                           "The workspace file cannot be opened: its folder is missing, or "
                                           "you may not read or write there.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("StorageErrors",
                                           "The workspace is busy in another PartyDesk window or program. "
                                           "Close it there and try again.");
    case SQLITE_NOMEM:
        return QCoreApplication::translate("StorageErrors",
                                           "The computer ran out of memory. Close other programs and try "
                                           "again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("StorageErrors",
                                           "The workspace file is damaged. Nothing more will be written to "
                                           "it; restore it from a backup (File → Backups and Restore).");
    default:
        return {};
    }
}

bool sqliteSaysDamaged(const QString& sqliteText, int resultCode)
{
    const int code = primaryCode(sqliteText, resultCode);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

QString serverConnectionCause(const QString& libpqText)
{
    QString text = libpqText.trimmed();
    for (const QLatin1String prefix : {QLatin1String("FATAL:"), QLatin1String("ERROR:")})
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    static const QRegularExpression noDatabase(QStringLiteral("database \"([^\"]+)\" does not exist"));
    if (const auto match = noDatabase.match(text); match.hasMatch())
        return QCoreApplication::translate("StorageErrors",
                                           "the server has no database \"%1\"; check its name.")
            .arg(match.captured(1));
    static const QRegularExpression noRole(QStringLiteral("role \"([^\"]+)\" does not exist"));
    if (const auto match = noRole.match(text); match.hasMatch())
        return QCoreApplication::translate("StorageErrors",
                                           "the server has no user \"%1\"; check the user name.")
            .arg(match.captured(1));
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")))
        return QCoreApplication::translate("StorageErrors", "the user name or the password is wrong.");
    if (text.contains(QLatin1String("timeout expired")))
        return QCoreApplication::translate("StorageErrors", "the server did not answer in time.");
    if (text.contains(QLatin1String("Connection refused")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("No such file or directory")))
        return QCoreApplication::translate("StorageErrors", "nothing answers at that address and port; check "
                                                            "them, and that the server is running.");
    if (text.contains(QLatin1String("no pg_hba.conf entry")))
        return QCoreApplication::translate("StorageErrors", "the server does not let this PC or user in; ask "
                                                            "whoever runs it to allow it.");
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace partydesk
