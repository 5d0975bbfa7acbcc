#pragma once

#include "import/RosterImportPlan.h"
#include "tabular/Table.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace partydesk {

class Clock;

// A roster file read into a preview, with the sheet's first rows as they were (examples for the
// mapping table: the plan keeps no cells of sound rows).
struct PlannedImport
{
    ImportPlan plan;
    std::vector<TableRow> firstRows;
};

// Opens a roster file and previews its import on a thread of its own, with its own read-only
// connection to the workspace, so a district's 100,000-row file never freezes the window. One
// request at a time: a new one cancels the one before, whose result is dropped.
class ImportPlanJob : public QObject
{
    Q_OBJECT

public:
    using Result = std::shared_ptr<const PlannedImport>;

    ImportPlanJob(QString workspaceConnection, const Clock& clock, QObject* parent = nullptr);
    // Cancels and waits: no thread outlives the dialog that started it.
    ~ImportPlanJob() override;

    // Reports the file's sheets, or why it cannot be read (in the user's language).
    void inspect(const QString& path);
    void plan(const QString& path, const RosterImportOptions& options);
    // Stops the running request; nothing more is reported for it.
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void inspected(const QString& path, const QStringList& sheets, const QString& error);
    void progressed(double fraction);
    void planned(partydesk::ImportPlanJob::Result result);

private:
    // Runs `work` on a new thread, after cancelling the request before; `work` reports through post().
    void start(std::function<void(const std::atomic<bool>& cancelled, int generation)> work);
    // Queues `deliver` to this object's thread, dropped if a later request superseded `generation`.
    void post(int generation, std::function<void()> deliver);
    PlannedImport planOnThisThread(const QString& path, const RosterImportOptions& options,
                                   const std::atomic<bool>& cancelled, int generation);

    QString m_workspaceConnection;
    const Clock& m_clock;
    int m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QPointer<QThread>> m_threads;
};

} // namespace partydesk
