#pragma once

#include "storage/BackupFiles.h"

#include <atomic>
#include <memory>
#include <QObject>

class QThread;

namespace partydesk {

// The first start of each day takes a backup, in the background: the window is usable at once.
// Afterwards it says how it went, with a warning when the last good backup is older than a week.
class StartOfDayBackup : public QObject
{
    Q_OBJECT

public:
    StartOfDayBackup(const QString& workspacePath, const BackupSettings& settings, QObject* parent = nullptr);
    ~StartOfDayBackup() override; // a backup still running is cancelled (it leaves no file)

    void start();

signals:
    void finished(const QString& message, bool warning);

private:
    void report(const QString& error);

    QString m_workspacePath;
    BackupSettings m_settings;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    QString m_error;
};

} // namespace partydesk
