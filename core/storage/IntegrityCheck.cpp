#include "IntegrityCheck.h"

#include "Database.h"

#include <QPointer>
#include <QThread>

namespace partydesk {

QThread* checkIntegrityInBackground(const QString& path, QObject* context, std::function<void(QString)> done)
{
    QPointer<QObject> receiver(context);
    QThread* thread = QThread::create([path, receiver, done] {
        const QString problem = Database::integrityProblem(path);
        QMetaObject::invokeMethod(
            receiver, [done, problem] { done(problem); }, Qt::QueuedConnection);
    });
    thread->start();
    return thread;
}

} // namespace partydesk
