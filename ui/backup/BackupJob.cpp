#include "BackupJob.h"

#include <atomic>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace partydesk {

void BackupJob::run(QWidget* parent, const QString& label,
                    const std::function<void(const BackupProgress&)>& work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("BackupJob", "Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{-1};
    std::atomic<qint64> total{-1};
    const BackupProgress progress = [&](qint64 d, qint64 t) {
        if (d >= 0 && t > 0) {
            done = d;
            total = t;
        }
        return !cancel.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setInterval(100);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&] {
        if (dialog.wasCanceled()) {
            cancel = true;
            dialog.setLabelText(QCoreApplication::translate("BackupJob", "Cancelling…"));
        }
        const qint64 t = total.load();
        if (t > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(int(done.load() * 1000 / t));
        }
    });
    thread->start();
    timer.start();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    timer.stop();
}

void BackupJob::onWindowThread(const std::function<void()>& f)
{
    if (QThread::currentThread() == qApp->thread())
        f();
    else
        QMetaObject::invokeMethod(qApp, f, Qt::BlockingQueuedConnection);
}

} // namespace partydesk
