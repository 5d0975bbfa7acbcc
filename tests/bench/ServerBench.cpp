#include "ServerBench.h"

#include "BenchSupport.h"
#include "SaveRefreshBench.h"
#include "storage/Database.h"
#include "storage/WorkspaceCopy.h"
#include "WindowBench.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

namespace partydesk::bench {

namespace {

QTextStream out(stdout);

struct Figures
{
    double painted = 0, loaded = 0, roster = 0, tree = 0, search = 0, save = 0;
};

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Copies the file's records to the server when its database has none yet.
bool fillServer(const QString& file, const QString& serverUrl)
{
    Database::Result server = Database::openServer(serverUrl, QStringLiteral("bench-server-fill"));
    if (!server.ok) {
        out << server.error << Qt::endl;
        return false;
    }
    bool empty = false;
    {
        QSqlQuery q(server.db); // gone before the connection closes
        empty = q.exec(QStringLiteral("SELECT count(*) FROM member")) && q.next() && q.value(0).toInt() == 0;
    }
    bool ok = true;
    if (empty) {
        Database::Result source = Database::openExisting(file, QStringLiteral("bench-server-source"));
        QElapsedTimer timer;
        timer.start();
        const QString error = source.ok ? WorkspaceCopy::copy(source.db, server.db) : source.error;
        ok = error.isEmpty();
        if (ok) {
            record(QStringLiteral("server_upload_s"), elapsedMs(timer) / 1000);
            out << QStringLiteral("district file copied to the server (partydesk upload) in %1 s")
                       .arg(elapsedMs(timer) / 1000, 0, 'f', 1)
                << Qt::endl;
        } else {
            out << error << Qt::endl;
        }
        source.db.close();
        source.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-server-source"));
    }
    server.db.close();
    server.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-server-fill"));
    return ok;
}

Figures measure(const QString& path, int runs)
{
    Figures f;
    std::vector<double> painted, loaded, roster, tree;
    std::vector<QString> queries;
    for (int run = 0; run < runs; ++run) {
        const StartTimes t = startOnce(path, 100 + run, run == 0 ? &queries : nullptr);
        painted.push_back(t.painted);
        loaded.push_back(t.loaded);
    }
    {
        Database::Result opened = Database::open(path, QStringLiteral("bench-side-parts"));
        {
            SystemClock clock;
            Workspace workspace(opened.db, clock);
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                const size_t rows = workspace.members().roster().size();
                roster.push_back(elapsedMs(timer));
                timer.restart();
                const auto all = workspace.organisations().all();
                const auto counts = workspace.organisations().memberCounts();
                tree.push_back(elapsedMs(timer));
                Q_UNUSED(rows);
            }
        }
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-side-parts"));
    }
    int rows = 0;
    f.painted = median(painted);
    f.loaded = median(loaded);
    f.roster = median(roster);
    f.tree = median(tree);
    f.search = median(searchKeystrokes(path, queries, 1, &rows));
    f.save = median(saveRefreshTimes(path, std::max(runs, 10)));
    return f;
}

} // namespace

void benchServerSideBySide(const QString& file, const QString& serverUrl, int runs)
{
    if (!fillServer(file, serverUrl))
        return;
    const Figures sqlite = measure(file, runs);
    const Figures server = measure(serverUrl, runs);
    struct Line
    {
        const char* key;
        const char* label;
        double Figures::*value;
    };
    const Line lines[] = {
        {"start_to_roster_painted_ms", "start to roster painted", &Figures::painted},
        {"start_roster_loaded_ms", "whole roster loaded after start", &Figures::loaded},
        {"read_roster_ms", "reading the roster", &Figures::roster},
        {"read_organisations_and_counts_ms", "organisations and member counts", &Figures::tree},
        {"search_keystroke_ms", "search keystroke to repaint", &Figures::search},
        {"save_refresh_ms", "member save to roster repainted", &Figures::save},
    };
    out << QStringLiteral("side by side, medians in ms (%1 runs):  SQLite file | PostgreSQL server").arg(runs)
        << Qt::endl;
    for (const Line& line : lines) {
        record(QStringLiteral("sqlite_%1").arg(QLatin1String(line.key)), sqlite.*line.value);
        record(QStringLiteral("postgres_%1").arg(QLatin1String(line.key)), server.*line.value);
        out << QStringLiteral("  %1 %2 | %3")
                   .arg(QLatin1String(line.label), -34)
                   .arg(sqlite.*line.value, 10, 'f', 1)
                   .arg(server.*line.value, 10, 'f', 1)
            << Qt::endl;
    }
}

} // namespace partydesk::bench
