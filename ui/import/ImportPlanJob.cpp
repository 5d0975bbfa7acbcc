#include "ImportPlanJob.h"

#include "import/RosterImportPlanner.h"
#include "storage/Database.h"
#include "storage/StorageErrors.h"
#include "tabular/TableReader.h"
#include "Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace partydesk {

namespace {

// The planner looks for the header among the first 30 rows; a few more give examples below it.
constexpr size_t keptRows = 40;

// Hands the sheet to the planner unchanged and keeps its first rows on the way.
class RecordingReader : public TableReader
{
public:
    RecordingReader(TableReader& inner, std::vector<TableRow>* kept) : m_inner(inner), m_kept(kept) {}

    QStringList sheetNames() const override { return m_inner.sheetNames(); }
    Status readSheet(int index, const RowSink& sink, QString* error) override
    {
        return m_inner.readSheet(
            index,
            [this, &sink](const TableRow& row) {
                if (m_kept->size() < keptRows)
                    m_kept->push_back(row);
                return sink(row);
            },
            error);
    }
    double progress() const override { return m_inner.progress(); }

private:
    TableReader& m_inner;
    std::vector<TableRow>* m_kept;
};

// Connection names are per process: two dialogs (or two tests) must not share one.
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("import-plan-%1").arg(++counter);
}

} // namespace

ImportPlanJob::ImportPlanJob(QString workspaceConnection, const Clock& clock, QObject* parent)
    : QObject(parent), m_workspaceConnection(std::move(workspaceConnection)), m_clock(clock)
{
}

ImportPlanJob::~ImportPlanJob()
{
    cancel();
    for (const QPointer<QThread>& thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void ImportPlanJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    ++m_generation; // whatever the cancelled thread still reports is dropped
    m_busy = false;
}

void ImportPlanJob::start(std::function<void(const std::atomic<bool>&, int)> work)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    const int generation = m_generation;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancel;
    QThread* thread = QThread::create([work, cancelled, generation] { work(*cancelled, generation); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads << thread;
    thread->start();
}

void ImportPlanJob::post(int generation, std::function<void()> deliver)
{
    // Called from the worker: safe, since this object waits for its threads before it goes.
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver] {
            if (generation == m_generation)
                deliver();
        },
        Qt::QueuedConnection);
}

void ImportPlanJob::inspect(const QString& path)
{
    start([this, path](const std::atomic<bool>&, int generation) {
        QString error;
        QStringList sheets;
        if (const std::unique_ptr<TableReader> reader = TableReader::open(path, &error))
            sheets = reader->sheetNames();
        post(generation, [this, path, sheets, error] {
            m_busy = false;
            emit inspected(path, sheets, error);
        });
    });
}

void ImportPlanJob::plan(const QString& path, const RosterImportOptions& options)
{
    start([this, path, options](const std::atomic<bool>& cancelled, int generation) {
        auto result =
            std::make_shared<const PlannedImport>(planOnThisThread(path, options, cancelled, generation));
        post(generation, [this, result] {
            m_busy = false;
            emit planned(result);
        });
    });
}

PlannedImport ImportPlanJob::planOnThisThread(const QString& path, const RosterImportOptions& options,
                                              const std::atomic<bool>& cancelled, int generation)
{
    PlannedImport result;
    result.plan.path = path;
    const std::unique_ptr<TableReader> reader = TableReader::open(path, &result.plan.fatal);
    if (!reader)
        return result;
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = Database::addReader(m_workspaceConnection, connection);
        if (!db.open()) {
            const QString cause = sqliteErrorCause(db.lastError().text());
            result.plan.fatal = tr("The workspace could not be read. %1")
                                    .arg(cause.isEmpty() ? db.lastError().text() : cause);
        } else {
            // The member loader of the context reads through this thread's own connection.
            Workspace workspace(db, m_clock);
            RecordingReader recording(*reader, &result.firstRows);
            RosterImportPlanner planner(workspace.rosterImportContext(), options);
            int shownPercent = -1;
            result.plan = planner.plan(recording, path, [&](double fraction) {
                const int percent = int(fraction * 100);
                if (percent != shownPercent) {
                    shownPercent = percent;
                    post(generation, [this, fraction] { emit progressed(fraction); });
                }
                return !cancelled;
            });
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace partydesk
