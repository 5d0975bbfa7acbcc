// District-scale benchmark (not a test): the window (start, search, save), exports and reports in
// the program and through the command line, against the same commands on a community file.
// Usage: partydesk_bench [--db FILE] [--runs N] [--json FILE] [--server postgresql://… [--server-only]]
// Without --db it builds the district demo (100,000 members, 3,000 branches) in a temporary file;
// theme days and star ratings are added to the file when it has none. --json writes every figure
// by a stable key, to compare one run with the next.

#include "AppSetup.h"
#include "BenchSupport.h"
#include "CommandBench.h"
#include "demo/DemoData.h"
#include "demo/DemoMeetings.h"
#include "demo/DemoRatings.h"
#include "domain/OrganisationTree.h"
#include "HomeBench.h"
#include "mainwindow/MainWindow.h"
#include "meetings/Compliance.h"
#include "meetings/MonthlyReportTables.h"
#include "models/RosterModel.h"
#include "PackageBench.h"
#include "rating/RatingCalculator.h"
#include "report/MemberStatistics.h"
#include "report/RosterExport.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "roster/RosterPage.h"
#include "SaveRefreshBench.h"
#include "ServerBench.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "WindowBench.h"
#include "Workspace.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <vector>

using namespace partydesk;
using namespace partydesk::bench;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The demo community, built in `temp` the first time it is asked for.
QString communityDemo(const QTemporaryDir& temp)
{
    const QString community = temp.filePath(QStringLiteral("community.sqlite"));
    if (QFileInfo::exists(community))
        return community;
    {
        Database::Result opened = Database::open(community, QStringLiteral("bench-community"));
        const QString error = buildDemo(opened.db, DemoOptions());
        if (!error.isEmpty())
            QTextStream(stdout) << error << Qt::endl;
        opened.db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-community"));
    return community;
}

} // namespace

// Every figure to `path` (nothing when empty); the exit code.
static int writeJson(const QString& path)
{
    if (path.isEmpty())
        return 0;
    QSaveFile json(path);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        json.write(QJsonDocument(figures()).toJson()) < 0 || !json.commit()) {
        out << QStringLiteral("cannot write %1").arg(path) << Qt::endl;
        return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("District workspace file."),
                                      QStringLiteral("file"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-up runs."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write every figure to this JSON file."),
                                        QStringLiteral("file"));
    const QCommandLineOption homeOption(QStringLiteral("home-only"),
                                        QStringLiteral("Only the home page's figures."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "Also a PostgreSQL database (postgresql://user@host/db): the window's figures on the file and "
            "on the server side by side; the database gets the file's records when it is empty."),
        QStringLiteral("url"));
    const QCommandLineOption serverOnlyOption(
        QStringLiteral("server-only"), QStringLiteral("Only the side-by-side figures (with --server)."));
    const QCommandLineOption packageOption(QStringLiteral("package-only"),
                                           QStringLiteral("Only a community's package into the district."));
    parser.addOptions(
        {dbOption, runsOption, jsonOption, homeOption, serverOption, serverOnlyOption, packageOption});
    parser.process(app);
    installTranslations(app, QStringLiteral("zh_CN"));
    applyChineseFont(app);

    QTemporaryDir temp;
    QString path = parser.value(dbOption);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (path.isEmpty())
            path = temp.filePath(QStringLiteral("district.sqlite"));
        Database::Result opened = Database::open(path, QStringLiteral("bench-build"));
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.scale = DemoOptions::Scale::District;
        DemoSummary summary;
        const QString error = buildDemo(opened.db, options, &summary);
        if (!error.isEmpty()) {
            out << error << Qt::endl;
            return 1;
        }
        out << QStringLiteral("built district demo: %1 members, %2 branches in %3 ms")
                   .arg(summary.members)
                   .arg(summary.branches)
                   .arg(ms(timer), 0, 'f', 0)
            << Qt::endl;
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-build"));
    }

    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (parser.isSet(serverOption)) {
        benchServerSideBySide(path, parser.value(serverOption), runs);
        if (parser.isSet(serverOnlyOption))
            return writeJson(parser.value(jsonOption));
    }
    if (parser.isSet(packageOption)) {
        benchPackageImport(QStringLiteral(PARTYDESK_BINARY), path, communityDemo(temp), runs);
        return writeJson(parser.value(jsonOption));
    }
    benchHomePage(path, runs);
    if (parser.isSet(homeOption))
        return 0;
    std::vector<double> open, window, painted, loaded, checked;
    std::vector<QString> queries;
    for (int run = 0; run < runs; ++run) {
        const StartTimes t = startOnce(path, run, run == 0 ? &queries : nullptr);
        open.push_back(t.open);
        window.push_back(t.window);
        painted.push_back(t.painted);
        loaded.push_back(t.loaded);
        checked.push_back(t.checked);
    }
    record(QStringLiteral("start_to_roster_painted_ms"), median(painted));
    record(QStringLiteral("start_window_built_ms"), median(window));
    record(QStringLiteral("start_roster_loaded_ms"), median(loaded));
    record(QStringLiteral("start_integrity_check_done_ms"), median(checked));
    out << QStringLiteral("start to roster painted (%1 runs): median %2 ms, max %3 ms "
                          "(open and check %4 ms, window with tree and roster loaded %5 ms)")
               .arg(runs)
               .arg(median(painted), 0, 'f', 1)
               .arg(*std::max_element(painted.begin(), painted.end()), 0, 'f', 1)
               .arg(median(open), 0, 'f', 1)
               .arg(median(window), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral(
               "  whole roster loaded in the background %1 ms after start; integrity check done %2 ms "
               "after start (medians)")
               .arg(median(loaded), 0, 'f', 1)
               .arg(median(checked), 0, 'f', 1)
        << Qt::endl;

    {
        // Where the start-up time goes: the parts measured alone.
        Database::Result opened = Database::open(path, QStringLiteral("bench-parts"));
        SystemClock clock;
        auto workspacePtr = std::make_unique<Workspace>(opened.db, clock);
        Workspace& workspace = *workspacePtr;
        std::vector<double> roster, orgs;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const size_t rows = workspace.members().roster().size();
            roster.push_back(ms(timer));
            timer.restart();
            const auto all = workspace.organisations().all();
            const auto counts = workspace.organisations().memberCounts();
            orgs.push_back(ms(timer));
            Q_UNUSED(rows);
        }
        record(QStringLiteral("read_roster_ms"), median(roster));
        record(QStringLiteral("read_organisations_and_counts_ms"), median(orgs));
        out << QStringLiteral(
                   "  of which: reading the roster %1 ms, organisations and counts %2 ms (medians)")
                   .arg(median(roster), 0, 'f', 1)
                   .arg(median(orgs), 0, 'f', 1)
            << Qt::endl;
        workspacePtr.reset();
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-parts"));
    }

    {
        // Exports of the whole district roster (100,000 rows, the default 14 columns).
        Database::Result opened = Database::open(path, QStringLiteral("bench-export"));
        {
            SystemClock clock;
            Workspace workspace(opened.db, clock);
            const std::vector<RosterRow> roster = workspace.members().roster();
            std::vector<const RosterRow*> rows;
            for (const RosterRow& row : roster)
                rows.push_back(&row);
            const QHash<qint64, QString> names = organisationDisplayNames(workspace.organisations().all());
            RosterExportOptions options;
            options.organisationName = QStringLiteral("district");
            options.today = clock.today();
            QTemporaryDir dir;
            QElapsedTimer timer;
            timer.start();
            const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
            writeXlsx({rosterReport(rows, names, options)}, xlsx);
            record(QStringLiteral("roster_to_xlsx_in_process_ms"), ms(timer));
            out << QStringLiteral("roster of %1 members to .xlsx: %2 ms, %3 MB")
                       .arg(rows.size())
                       .arg(ms(timer), 0, 'f', 0)
                       .arg(double(QFileInfo(xlsx).size()) / 1e6, 0, 'f', 1)
                << Qt::endl;
            timer.restart();
            const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
            writePdf({rosterReport(rows, names, options)}, pdf, QStringLiteral("bench"));
            record(QStringLiteral("roster_to_pdf_in_process_ms"), ms(timer));
            out << QStringLiteral("roster of %1 members to PDF: %2 ms, %3 MB")
                       .arg(rows.size())
                       .arg(ms(timer), 0, 'f', 0)
                       .arg(double(QFileInfo(pdf).size()) / 1e6, 0, 'f', 1)
                << Qt::endl;
            timer.restart();
            const MemberStatistics statistics(roster, workspace.organisations().all(), 0, clock.today());
            record(QStringLiteral("statistics_ms"), ms(timer));
            out << QStringLiteral("statistics of all 7 dimensions over %1 organisations: %2 ms")
                       .arg(workspace.organisations().all().size())
                       .arg(ms(timer), 0, 'f', 0)
                << Qt::endl;
        }
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-export"));
    }

    {
        // Star rating: score and rank 3,000 branches × 34 tasks (sheets in memory, as loaded).
        RatingTemplate t = defaultRatingTemplate(2026);
        qint64 nextId = 1;
        for (RatingAspect& aspect : t.aspects)
            for (RatingTask& task : aspect.tasks)
                task.id = nextId++;
        for (RatingItem& item : t.items)
            item.id = nextId++;
        QList<ScoreSheet> sheets;
        QHash<qint64, qint64> parents;
        quint32 state = 12345;
        for (int b = 0; b < 3000; ++b) {
            ScoreSheet sheet;
            sheet.orgId = 100000 + b;
            parents.insert(sheet.orgId, 1 + b / 30);
            for (const RatingAspect& aspect : t.aspects)
                for (const RatingTask& task : aspect.tasks) {
                    state = state * 1664525u + 1013904223u;
                    const double share = 0.5 + double(state >> 24) / 512.0;
                    const Score score = Score::fromHundredths(
                        std::llround(double(task.maxPoints.hundredths()) * share / 50.0) * 50);
                    sheet.tasks.insert(task.id, {score, score, {}});
                }
            sheets << sheet;
        }
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const RatingOutcome outcome = computeRatings(t, sheets, parents);
            times.push_back(ms(timer));
            Q_UNUSED(outcome);
        }
        record(QStringLiteral("rating_compute_ms"), median(times));
        out << QStringLiteral("star rating: score and rank 3,000 branches x 34 tasks: median %1 ms (5 runs)")
                   .arg(median(times), 0, 'f', 1)
            << Qt::endl;
    }

    {
        // Organisational life at district scale: three years of monthly theme days with attendance
        // (built once into the file if it has none).
        Database::Result opened = Database::open(path, QStringLiteral("bench-meetings"));
        {
            SystemClock clock;
            Workspace workspace(opened.db, clock);
            const QDate today = clock.today();
            if (workspace.meetings().meetings(std::nullopt, today.addYears(-3), today).isEmpty()) {
                QElapsedTimer build;
                build.start();
                const QString error = buildDemoMeetings(opened.db, today, 36, true, 7);
                out << QStringLiteral(
                           "built 36 months of theme days with attendance for every branch in %1 s%2")
                           .arg(ms(build) / 1000, 0, 'f', 1)
                           .arg(error.isEmpty() ? QString()
                                                : QStringLiteral(" (") + error + QStringLiteral(")"))
                    << Qt::endl;
            }
            if (workspace.ratings().sessionId(today.year() - 1) == 0) {
                const QString error = buildDemoRatings(opened.db, today, 7);
                out << QStringLiteral("built two years of star ratings for every branch%1")
                           .arg(error.isEmpty() ? QString()
                                                : QStringLiteral(" (") + error + QStringLiteral(")"))
                    << Qt::endl;
            }
            qint64 branch = 0;
            for (const Organisation& org : workspace.organisations().all())
                if (org.type == OrgType::GridBranch) {
                    branch = org.id;
                    break;
                }
            const QDate month(today.year(), today.month(), 1);
            std::vector<double> reportTimes;
            QTemporaryDir dir;
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                const QList<TableReport> tables =
                    monthlyReportTables(workspace, branch, month.addMonths(-run));
                writePdf(tables, dir.filePath(QStringLiteral("m%1.pdf").arg(run)), QStringLiteral("bench"));
                reportTimes.push_back(ms(timer));
            }
            record(QStringLiteral("branch_monthly_report_in_process_ms"), median(reportTimes));
            out << QStringLiteral("one branch's monthly report (tables and PDF): median %1 ms (5 months)")
                       .arg(median(reportTimes), 0, 'f', 1)
                << Qt::endl;
            std::vector<double> complianceTimes;
            int gaps = 0;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                const QDate from(today.year() - 1, 1, 1), to(today.year() - 1, 12, 31);
                gaps = 0;
                const QList<Organisation> orgs = workspace.organisations().all();
                for (const ComplianceRule& rule : defaultComplianceRules()) {
                    const auto dates = workspace.meetings().meetingDates(rule.kind, from, to);
                    for (const Organisation& org : orgs)
                        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
                            gaps +=
                                int(checkCompliance(rule, dates.value(org.id), from, to, today).gaps.size());
                }
                complianceTimes.push_back(ms(timer));
            }
            record(QStringLiteral("compliance_year_ms"), median(complianceTimes));
            out << QStringLiteral("compliance of all branches for a year (7 kinds): median %1 ms (%2 gaps)")
                       .arg(median(complianceTimes), 0, 'f', 1)
                       .arg(gaps)
                << Qt::endl;
        }
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-meetings"));
    }

    QStringList typed;
    for (const QString& q : queries)
        typed << q;
    for (int sortColumn : {-1, int(RosterModel::NameColumn)}) {
        int lastCount = 0;
        const std::vector<double> keys = searchKeystrokes(path, queries, sortColumn, &lastCount);
        const QString key =
            sortColumn < 0 ? QStringLiteral("search_roster_order") : QStringLiteral("search_by_name");
        record(key + QStringLiteral("_median_ms"), median(keys));
        record(key + QStringLiteral("_p90_ms"), percentile(keys, 0.9));
        record(key + QStringLiteral("_max_ms"), *std::max_element(keys.begin(), keys.end()));
        out << QStringLiteral("search as you type over all %1 members, %2 (%3 keystrokes over \"%4\"): "
                              "median %5 ms, p90 %6 ms, max %7 ms")
                   .arg(lastCount)
                   .arg(sortColumn < 0 ? QStringLiteral("roster order") : QStringLiteral("sorted by name"))
                   .arg(keys.size())
                   .arg(typed.join(QStringLiteral("\", \"")))
                   .arg(median(keys), 0, 'f', 2)
                   .arg(percentile(keys, 0.9), 0, 'f', 2)
                   .arg(*std::max_element(keys.begin(), keys.end()), 0, 'f', 2)
            << Qt::endl;
    }
    {
        // The whole-file check a command no longer pays each time (see Database::IntegrityCheck).
        QElapsedTimer timer;
        timer.start();
        const QString problem = Database::integrityProblem(path);
        record(QStringLiteral("quick_check_ms"), ms(timer));
        out << QStringLiteral("PRAGMA quick_check of the whole file (%1 MB): %2 ms%3")
                   .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0)
                   .arg(ms(timer), 0, 'f', 0)
                   .arg(problem.isEmpty() ? QString() : QStringLiteral(" — ") + problem)
            << Qt::endl;
    }

    {
        // A member save, until the roster is repainted (on a copy: saves write).
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("save.sqlite"));
        QFile::copy(path, copy);
        const std::vector<double> saves = saveRefreshTimes(copy, std::max(runs, 20));
        record(QStringLiteral("save_refresh_median_ms"), median(saves));
        record(QStringLiteral("save_refresh_max_ms"),
               saves.empty() ? 0 : *std::max_element(saves.begin(), saves.end()));
        out << QStringLiteral(
                   "member save to roster repainted (%1 saves, sorted by name): median %2 ms, max %3 ms")
                   .arg(saves.size())
                   .arg(median(saves), 0, 'f', 1)
                   .arg(saves.empty() ? 0 : *std::max_element(saves.begin(), saves.end()), 0, 'f', 1)
            << Qt::endl;
    }

    {
        // The command line, as users run it: the district against a community.
        const QString community = communityDemo(temp);
        benchCommands(QStringLiteral(PARTYDESK_BINARY), path, community, std::max(1, std::min(runs, 3)));
        benchPackageImport(QStringLiteral(PARTYDESK_BINARY), path, community, std::max(1, std::min(runs, 3)));
    }

    return writeJson(parser.value(jsonOption));
}
