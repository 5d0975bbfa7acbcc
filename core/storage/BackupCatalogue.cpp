#include "BackupCatalogue.h"

#include "EncryptedBackup.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace partydesk {

QList<BackupEntry> BackupCatalogue::list(const QString& folder, const QString& workspacePath,
                                         bool withMemberCounts)
{
    QList<BackupEntry> entries;
    const QString stem = BackupFileName::stemOf(workspacePath);
    const QDir dir(folder);
    const QStringList patterns = {stem + QStringLiteral(".backup-*.sqlite"),
                                  stem + QStringLiteral(".backup-*.pdenc")};
    for (const QFileInfo& info : dir.entryInfoList(patterns, QDir::Files)) {
        const std::optional<BackupFileName> name = BackupFileName::parse(info.fileName());
        if (!name || name->workspaceStem != stem)
            continue;
        BackupEntry entry;
        entry.path = info.filePath();
        entry.name = *name;
        entry.size = info.size();
        entry.verified = name->encrypted ? EncryptedBackup::isEncryptedBackup(entry.path)
                                         : BackupFileSystem::isPartyDeskDatabase(entry.path);
        if (withMemberCounts && !name->encrypted && entry.verified)
            entry.memberCount = BackupWriter::memberCount(entry.path);
        entries.append(entry);
    }
    // Two backups in the same second (a restore right after a backup): the later written first.
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        if (a.name.takenAt != b.name.takenAt)
            return a.name.takenAt > b.name.takenAt;
        if (a.name.sequence != b.name.sequence)
            return a.name.sequence > b.name.sequence;
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return entries;
}

QList<BackupEntry> BackupCatalogue::toRemove(const QList<BackupEntry>& entries, const BackupPolicy& policy)
{
    QList<BackupEntry> plain;
    for (const BackupEntry& e : entries)
        if (!e.name.encrypted)
            plain.append(e);
    std::sort(plain.begin(), plain.end(), [](const BackupEntry& a, const BackupEntry& b) {
        if (a.name.takenAt != b.name.takenAt)
            return a.name.takenAt > b.name.takenAt;
        return a.name.sequence > b.name.sequence;
    });
    // One bucket per day, ISO week and month; the newest backup of a bucket stands for it.
    const auto dayOf = [](const QDate& d) { return d.toJulianDay(); };
    const auto weekOf = [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    };
    const auto monthOf = [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); };
    QSet<int> keep;
    const auto keepNewestOfBuckets = [&](int count, const std::function<qint64(const QDate&)>& bucket) {
        QSet<qint64> seen;
        for (int i = 0; i < plain.size() && seen.size() < count; ++i) {
            const qint64 b = bucket(plain[i].name.takenAt.date());
            if (seen.contains(b))
                continue;
            seen.insert(b);
            keep.insert(i);
        }
    };
    keepNewestOfBuckets(policy.daily, dayOf);
    keepNewestOfBuckets(policy.weekly, weekOf);
    keepNewestOfBuckets(policy.monthly, monthOf);
    for (int i = 0; i < plain.size(); ++i)
        if (plain[i].name.takenAt.secsTo(plain.first().name.takenAt) < 24 * 3600)
            keep.insert(i);
    QList<BackupEntry> removed;
    for (int i = 0; i < plain.size(); ++i)
        if (!keep.contains(i))
            removed.append(plain[i]);
    return removed;
}

QStringList BackupCatalogue::rotate(const QString& folder, const QString& workspacePath,
                                    const BackupPolicy& policy)
{
    QStringList removed;
    for (const BackupEntry& entry : toRemove(list(folder, workspacePath, false), policy)) {
        // Only our own files: our name for this workspace and our application_id inside.
        if (!BackupFileSystem::isPartyDeskDatabase(entry.path))
            continue;
        if (QFile::remove(entry.path))
            removed.append(entry.path);
    }
    return removed;
}

const BackupEntry* BackupCatalogue::lastGood(const QList<BackupEntry>& entries)
{
    const BackupEntry* newest = nullptr;
    for (const BackupEntry& e : entries)
        if (e.verified && (!newest || e.name.takenAt > newest->name.takenAt))
            newest = &e;
    return newest;
}

bool BackupCatalogue::lastGoodOlderThan(const QList<BackupEntry>& entries, const QDateTime& now, int days)
{
    const BackupEntry* good = lastGood(entries);
    return !good || good->name.takenAt.secsTo(now) > qint64(days) * 24 * 3600;
}

QString BackupCatalogue::newBackupPath(const QString& folder, const QString& workspacePath,
                                       BackupReason reason, const QDateTime& now, bool encrypted)
{
    BackupFileName name;
    name.workspaceStem = BackupFileName::stemOf(workspacePath);
    name.takenAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    name.reason = reason;
    name.encrypted = encrypted;
    const QDir dir(folder);
    while (QFileInfo::exists(dir.filePath(name.fileName())) ||
           QFileInfo::exists(dir.filePath(name.fileName() + QStringLiteral(".partial"))))
        ++name.sequence;
    return dir.filePath(name.fileName());
}

BackupOutcome BackupCatalogue::take(const QString& workspacePath, const BackupSettings& settings,
                                    BackupReason reason, const QDateTime& now, const BackupProgress& progress)
{
    const QString folder = settings.folderFor(workspacePath);
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
        BackupOutcome outcome;
        outcome.error = QCoreApplication::translate(
                            "BackupCatalogue", "The backup folder \"%1\" cannot be written (is the drive "
                                               "plugged in?). Choose another folder under File → Backups "
                                               "and Restore.")
                            .arg(QDir::toNativeSeparators(folder));
        return outcome;
    }
    BackupFileSystem::removeStalePartials(folder, now);
    const QString path = newBackupPath(folder, workspacePath, reason, now, false);
    BackupOutcome outcome = BackupWriter::write(workspacePath, path, progress);
    if (outcome.ok())
        rotate(folder, workspacePath, settings.policy);
    return outcome;
}

QString BackupCatalogue::takeBeforeWriting(const QSqlDatabase& db, BackupReason reason)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:") || !QFileInfo(path).isFile())
        return {};
    const BackupOutcome outcome = take(path, BackupSettings::load(db), reason, QDateTime::currentDateTime());
    if (outcome.ok())
        return {};
    return QCoreApplication::translate(
               "BackupCatalogue", "Before this change the workspace is backed up, and the backup failed, so "
                                  "nothing was changed: %1")
        .arg(outcome.error);
}

} // namespace partydesk
