#include "StorageHealth.h"

#include <QCoreApplication>
#include <QMutex>
#include <sqlite3.h>

namespace partydesk::StorageHealth {

namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QString& seen()
{
    static QString text;
    return text;
}

bool hooked = false;

void logCallback(void*, int code, const char* message)
{
    noteSqliteError(code, message);
}

// Before main(): SQLite takes a log callback only while it is not yet initialised.
const bool installedAtStart = [] {
    install();
    return true;
}();

} // namespace

void install()
{
    if (hooked)
        return;
    hooked = sqlite3_config(SQLITE_CONFIG_LOG, &logCallback, nullptr) == SQLITE_OK;
}

bool installed()
{
    return hooked;
}

void noteSqliteError(int code, const char* message)
{
    const int primary = code & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB)
        return;
    QMutexLocker lock(&mutex());
    if (!seen().isEmpty())
        return;
    seen() = QCoreApplication::translate("StorageHealth",
                                         "SQLite found damage in the workspace file (%1). Nothing more "
                                         "will be written to it; close PartyDesk and restore the file "
                                         "from a backup.")
                 .arg(QString::fromUtf8(message ? message : ""));
}

QString damage()
{
    QMutexLocker lock(&mutex());
    return seen();
}

void reset()
{
    QMutexLocker lock(&mutex());
    seen().clear();
}

} // namespace partydesk::StorageHealth
