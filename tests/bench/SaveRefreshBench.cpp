#include "SaveRefreshBench.h"

#include "mainwindow/MainWindow.h"
#include "models/RosterModel.h"
#include "roster/RosterPage.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace partydesk::bench {

std::vector<double> saveRefreshTimes(const QString& dbPath, int runs)
{
    std::vector<double> samples;
    // Saves change the file (and its log): they go to a copy, with its write-ahead log if any.
    // On a server the saves go to the benchmark's own database.
    const bool server = ServerAddress::isServerUrl(dbPath);
    QTemporaryDir dir;
    const QString path = server ? dbPath : dir.filePath(QStringLiteral("save-refresh.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        if (!server && QFile::exists(dbPath + suffix) && !QFile::copy(dbPath + suffix, path + suffix)) {
            QTextStream(stderr) << "could not copy " << dbPath + suffix << Qt::endl;
            return samples;
        }
    const QString connection = QStringLiteral("bench-save-refresh");
    {
        Database::Result opened = Database::open(path, connection);
        if (!opened.ok) {
            QTextStream(stderr) << opened.error << Qt::endl;
            return samples;
        }
        SystemClock clock;
        Workspace workspace(opened.db, clock);
        MainWindow window(workspace, path);
        window.show();
        window.grab();
        while (window.rosterPage()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        window.selectOrganisation(0); // the whole district
        RosterPage* page = window.rosterPage();
        RosterModel* model = page->model();
        QTableView* view = page->view();
        view->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);
        for (int run = 0; run < runs; ++run) {
            // A member somewhere in the roster, selected and in view as when the clerk opens the form.
            const int row = int((qint64(model->rowCount()) * (2 * run + 1) / (2 * runs + 1)));
            const qint64 id = model->rowAt(row).id;
            view->selectRow(row);
            view->scrollTo(model->index(row, 0));
            view->viewport()->repaint();
            QCoreApplication::processEvents();
            const Member original = workspace.members().get(id);
            Member changed = original;
            if (run % 5 == 4)
                changed.name = model->rowAt((row + model->rowCount() / 3) % model->rowCount()).name;
            else
                changed.phone = QStringLiteral("139%1").arg(run * 7919 % 100000000, 8, 10, QLatin1Char('0'));

            QElapsedTimer timer;
            timer.start();
            const ServiceResult saved = workspace.memberService().save(changed);
            page->memberSaved(id);
            view->viewport()->repaint();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);

            if (!saved.ok())
                QTextStream(stderr) << "save refused: " << saved.message << Qt::endl;
            workspace.memberService().save(original); // the next run starts from the same roster
            page->memberSaved(id);
            QCoreApplication::processEvents();
        }
        opened.db.close();
        opened.db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(connection);
    return samples;
}

} // namespace partydesk::bench
