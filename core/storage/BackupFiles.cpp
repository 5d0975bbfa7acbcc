#include "BackupFiles.h"

#include "Database.h"

#include <filesystem>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace partydesk {

namespace {

struct ReasonCode
{
    BackupReason reason;
    const char* code;
    const char* name; // translated in the "BackupReason" context
};

const ReasonCode reasonCodes[] = {
    {BackupReason::Daily, "daily", QT_TRANSLATE_NOOP("BackupReason", "Start of the day")},
    {BackupReason::Manual, "manual", QT_TRANSLATE_NOOP("BackupReason", "Backed up by hand")},
    {BackupReason::BeforeImport, "import", QT_TRANSLATE_NOOP("BackupReason", "Before a roster import")},
    {BackupReason::BeforeScoreImport, "scoreimport",
     QT_TRANSLATE_NOOP("BackupReason", "Before a score-sheet import")},
    {BackupReason::BeforeReopen, "reopen",
     QT_TRANSLATE_NOOP("BackupReason", "Before reopening a rating year")},
    {BackupReason::BeforeRestore, "restore", QT_TRANSLATE_NOOP("BackupReason", "Before a restore")},
};

const char* const folderKey = "backup_folder";
const char* const dailyKey = "backup_keep_daily";
const char* const weeklyKey = "backup_keep_weekly";
const char* const monthlyKey = "backup_keep_monthly";

bool folderUsable(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return false;
    return QFileInfo(folder).isWritable();
}

} // namespace

QString BackupReasons::code(BackupReason reason)
{
    for (const ReasonCode& r : reasonCodes)
        if (r.reason == reason)
            return QLatin1String(r.code);
    return QStringLiteral("manual");
}

bool BackupReasons::fromCode(const QString& code, BackupReason* reason)
{
    for (const ReasonCode& r : reasonCodes)
        if (code == QLatin1String(r.code)) {
            *reason = r.reason;
            return true;
        }
    return false;
}

QString BackupReasons::displayName(BackupReason reason)
{
    for (const ReasonCode& r : reasonCodes)
        if (r.reason == reason)
            return QCoreApplication::translate("BackupReason", r.name);
    return {};
}

BackupSettings BackupSettings::load(const QSqlDatabase& db)
{
    BackupSettings settings;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'backup\\_%' ESCAPE '\\'")))
        return settings;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        bool ok = false;
        const int count = value.toInt(&ok);
        if (key == QLatin1String(folderKey))
            settings.folder = value;
        else if (ok && count >= 0 && key == QLatin1String(dailyKey))
            settings.policy.daily = count;
        else if (ok && count >= 0 && key == QLatin1String(weeklyKey))
            settings.policy.weekly = count;
        else if (ok && count >= 0 && key == QLatin1String(monthlyKey))
            settings.policy.monthly = count;
    }
    return settings;
}

QString BackupSettings::save(QSqlDatabase& db) const
{
    if (!db.transaction())
        return db.lastError().text();
    const QList<QPair<const char*, QString>> values = {{folderKey, folder},
                                                       {dailyKey, QString::number(policy.daily)},
                                                       {weeklyKey, QString::number(policy.weekly)},
                                                       {monthlyKey, QString::number(policy.monthly)}};
    for (const auto& [key, value] : values) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QLatin1String(key));
        q.addBindValue(value.isEmpty() ? QStringLiteral("") : value); // '' (the default folder), not NULL
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}

QString BackupSettings::defaultFolder(const QString& workspacePath)
{
    const QString beside = QFileInfo(workspacePath).absoluteDir().filePath(QStringLiteral("backups"));
    if (folderUsable(beside))
        return beside;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString BackupFileName::fileName() const
{
    QString name = QStringLiteral("%1.backup-%2-%3")
                       .arg(workspaceStem, takenAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                            BackupReasons::code(reason));
    if (sequence > 0)
        name += QStringLiteral("-%1").arg(sequence);
    return name + (encrypted ? QStringLiteral(".pdenc") : QStringLiteral(".sqlite"));
}

std::optional<BackupFileName> BackupFileName::parse(const QString& fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)\\.backup-(\\d{8}-\\d{6})-([a-z]+)(?:-(\\d+))?\\.(sqlite|pdenc)$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    BackupFileName name;
    name.workspaceStem = m.captured(1);
    name.takenAt = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!name.takenAt.isValid() || !BackupReasons::fromCode(m.captured(3), &name.reason))
        return std::nullopt;
    name.sequence = m.captured(4).toInt();
    name.encrypted = m.captured(5) == QLatin1String("pdenc");
    return name;
}

QString BackupFileName::stemOf(const QString& workspacePath)
{
    return QFileInfo(workspacePath).completeBaseName();
}

bool BackupFileSystem::sync(const QString& path)
{
#ifdef Q_OS_WIN
    if (QFileInfo(path).isDir())
        return true; // Windows has no way to flush a folder's entries, nor needs one.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return _commit(file.handle()) == 0;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

QString BackupFileSystem::replace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), error);
    if (error)
        return QCoreApplication::translate("BackupFiles", "\"%1\" cannot be replaced (%2). Is it open in "
                                                          "another program?")
            .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(error.message().c_str()));
    sync(QFileInfo(to).absolutePath());
    return {};
}

bool BackupFileSystem::isPartyDeskDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    return qFromBigEndian<quint32>(header.constData() + 68) == quint32(Database::applicationId);
}

void BackupFileSystem::removeStalePartials(const QString& folder, const QDateTime& now)
{
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.partial")}, QDir::Files)) {
        const QString name = info.fileName().chopped(int(qstrlen(".partial")));
        if (BackupFileName::parse(name) && info.lastModified().secsTo(now) > 3600)
            QFile::remove(info.filePath());
    }
}

} // namespace partydesk
