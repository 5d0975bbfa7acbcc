#pragma once

#include <functional>
#include <QObject>
#include <QString>

class QThread;

namespace partydesk {

// Runs Database::integrityProblem(path) on a thread of its own; `done(problem)` is called in
// `context`'s thread (problem is empty when the file is sound). Returns the thread, to wait on
// before exit.
QThread* checkIntegrityInBackground(const QString& path, QObject* context, std::function<void(QString)> done);

} // namespace partydesk
