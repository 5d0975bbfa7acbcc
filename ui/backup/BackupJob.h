#pragma once

#include "storage/BackupFiles.h"

#include <functional>
#include <QString>

class QWidget;

namespace partydesk {

// Runs a long backup step on its own thread (it uses its own SQLite connections) while a progress
// dialog shows how far it is; Cancel makes the step's progress callback return false. Returns when
// the step has finished. A 200 MB district takes seconds, so the window stays responsive.
namespace BackupJob {

void run(QWidget* parent, const QString& label, const std::function<void(const BackupProgress&)>& work);

// Runs `f` on the thread of the window (for a step that must touch the window's own connection).
void onWindowThread(const std::function<void()>& f);

} // namespace BackupJob

} // namespace partydesk
