#include "WindowBench.h"

#include "mainwindow/MainWindow.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "Workspace.h"

#include <memory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>
#include <QThread>

namespace partydesk::bench {

namespace {

QTextStream out(stdout);

QObject& app()
{
    static QObject context;
    return context;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

// From nothing to a painted roster: open and check the file, build the window (tree and roster
// loaded), show it and paint it.
StartTimes startOnce(const QString& path, int run, std::vector<QString>* sampleQueries)
{
    StartTimes times;
    QElapsedTimer timer;
    timer.start();
    const QString connection = QStringLiteral("bench-%1").arg(run);
    Database::Result opened =
        Database::open(path, connection, builtInMigrations(), Database::IntegrityCheck::InBackground);
    if (!opened.ok) {
        out << opened.error << Qt::endl;
        std::exit(1);
    }
    times.open = ms(timer);
    {
        SystemClock clock;
        Workspace workspace(opened.db, clock);
        // As the program does: the integrity check runs beside the start-up.
        // A server checks itself: there is no file to check.
        std::unique_ptr<QThread> check;
        if (onServer(opened.db))
            times.checked = ms(timer);
        else
            check.reset(
                checkIntegrityInBackground(path, &app(), [&](const QString&) { times.checked = ms(timer); }));
        MainWindow window(workspace, path);
        times.window = ms(timer);
        window.show();
        window.grab(); // paints every visible widget, as the first frame on screen would
        times.painted = ms(timer);
        while (window.rosterPage()->isLoading() || times.checked == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        times.loaded = ms(timer);
        if (check)
            check->wait();
        if (sampleQueries) {
            RosterModel* model = window.rosterPage()->model();
            const RosterRow& a = model->rowAt(model->rowCount() / 3);
            const RosterRow& b = model->rowAt(model->rowCount() / 2);
            // Pinyin as a clerk types it without switching the input method: initials, full.
            *sampleQueries = {a.name,         a.idNumber.left(10), b.phone.left(7),
                              b.name.left(1), a.initials,          b.pinyin};
        }
    }
    opened.db.close();
    opened.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
    return times;
}

// Types each query one character at a time into the search box; each keystroke is timed until
// the visible rows are repainted.
std::vector<double> searchKeystrokes(const QString& path, const std::vector<QString>& queries, int sortColumn,
                                     int* lastCount)
{
    std::vector<double> samples;
    Database::Result opened = Database::open(path, QStringLiteral("bench-search"));
    int loadedRows = 0;
    {
        SystemClock clock;
        Workspace workspace(opened.db, clock);
        MainWindow window(workspace, path);
        window.show();
        window.grab();
        while (window.rosterPage()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        window.selectOrganisation(0); // the whole district
        loadedRows = window.rosterPage()->model()->rowCount();
        auto* search = window.rosterPage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTableView* view = window.rosterPage()->view();
        // Sorting the whole district by a header click (reported once).
        const std::vector<int> sortColumns = {RosterModel::AgeColumn, RosterModel::OrganisationColumn,
                                              RosterModel::NameColumn};
        for (int column : sortColumn < 0 ? sortColumns : std::vector<int>{}) {
            QElapsedTimer timer;
            timer.start();
            view->sortByColumn(column, Qt::AscendingOrder);
            view->viewport()->repaint();
            out << QStringLiteral("sorting all %1 rows by column %2: %3 ms")
                       .arg(window.rosterPage()->model()->rowCount())
                       .arg(column)
                       .arg(ms(timer), 0, 'f', 1)
                << Qt::endl;
        }
        view->sortByColumn(sortColumn, Qt::AscendingOrder);
        for (const QString& query : queries) {
            for (int n = 1; n <= query.size(); ++n) {
                QElapsedTimer timer;
                timer.start();
                search->setText(query.left(n));
                view->viewport()->repaint();
                samples.push_back(ms(timer));
                if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                    out << query.left(n) << " " << samples.back() << " ms, "
                        << window.rosterPage()->model()->rowCount() << " rows" << Qt::endl;
            }
            *lastCount = loadedRows;
            QElapsedTimer timer;
            timer.start();
            search->clear();
            view->viewport()->repaint();
            samples.push_back(ms(timer));
        }
    }
    opened.db.close();
    opened.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-search"));
    return samples;
}

} // namespace partydesk::bench
