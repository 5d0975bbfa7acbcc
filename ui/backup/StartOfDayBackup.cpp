#include "StartOfDayBackup.h"

#include "storage/BackupCatalogue.h"

#include <QDir>
#include <QThread>

namespace partydesk {

StartOfDayBackup::StartOfDayBackup(const QString& workspacePath, const BackupSettings& settings,
                                   QObject* parent)
    : QObject(parent), m_workspacePath(workspacePath), m_settings(settings)
{
}

StartOfDayBackup::~StartOfDayBackup()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void StartOfDayBackup::start()
{
    const QString folder = m_settings.folderFor(m_workspacePath);
    const QList<BackupEntry> entries = BackupCatalogue::list(folder, m_workspacePath, false);
    const BackupEntry* good = BackupCatalogue::lastGood(entries);
    if (good && good->name.takenAt.date() == QDate::currentDate()) {
        report({});
        return;
    }
    m_thread.reset(QThread::create([this] {
        const BackupOutcome outcome = BackupCatalogue::take(
            m_workspacePath, m_settings, BackupReason::Daily, QDateTime::currentDateTime(),
            [this](qint64, qint64) { return !m_cancel.load(); });
        m_error = outcome.cancelled ? QString() : outcome.error;
    }));
    connect(
        m_thread.get(), &QThread::finished, this, [this] { report(m_error); }, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void StartOfDayBackup::report(const QString& error)
{
    const QList<BackupEntry> entries =
        BackupCatalogue::list(m_settings.folderFor(m_workspacePath), m_workspacePath, false);
    if (!error.isEmpty()) {
        emit finished(tr("The start-of-day backup failed: %1").arg(error), true);
        return;
    }
    if (BackupCatalogue::lastGoodOlderThan(entries, QDateTime::currentDateTime())) {
        emit finished(tr("The last good backup is more than a week old: File → Backups and Restore."), true);
        return;
    }
    const BackupEntry* good = BackupCatalogue::lastGood(entries);
    emit finished(tr("Last backup: %1").arg(good->name.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                  false);
}

} // namespace partydesk
