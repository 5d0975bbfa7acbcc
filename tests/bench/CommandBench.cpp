#include "CommandBench.h"

#include "BenchSupport.h"

#include <QDate>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace partydesk::bench {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct FileFacts
{
    QString branch; // the first grid branch's id
    int branches = 0;
    int ratingYear = 0;
};

FileFacts factsOf(const QString& path)
{
    FileFacts facts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-facts"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT min(id) FROM organisation WHERE org_type = 'grid_branch'"));
        if (q.next())
            facts.branch = q.value(0).toString();
        q.exec(QStringLiteral("SELECT count(*) FROM organisation WHERE org_type IN ('grid_branch', "
                              "'non_public_branch', 'branch', 'general_branch')"));
        if (q.next())
            facts.branches = q.value(0).toInt();
        q.exec(QStringLiteral("SELECT max(t.year) FROM rating_session s JOIN rating_template t ON t.id = s.template_id"));
        if (q.next())
            facts.ratingYear = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-facts"));
    return facts;
}

// Medians of `runs` runs.
ProgramRun medianRun(const QString& program, const QStringList& arguments, int runs, int openFiles = 0)
{
    std::vector<double> seconds, memory;
    ProgramRun last;
    for (int i = 0; i < runs; ++i) {
        last = runProgram(program, arguments, openFiles);
        seconds.push_back(last.seconds);
        memory.push_back(last.peakMb);
    }
    last.seconds = median(seconds);
    last.peakMb = median(memory);
    return last;
}

int partialFilesIn(const QString& folder)
{
    return int(QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files).size());
}

} // namespace

void benchCommands(const QString& program, const QString& district, const QString& community, int runs)
{
    QTemporaryDir dir;
    const FileFacts d = factsOf(district), c = factsOf(community);
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    // The first command on a file may be the one whose whole-file check is due; not timed.
    for (const QString& file : {district, community})
        runProgram(program, {QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--org"), QStringLiteral("1"),
                             QStringLiteral("--db"), file, QStringLiteral("--out"), dir.filePath(QStringLiteral("warm.xlsx"))});

    // The whole district roster to .xlsx, against LibreOffice converting that file to CSV, pair by pair.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    const QString roster = dir.filePath(QStringLiteral("roster.xlsx"));
    const QStringList exportAll = {QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                                   QStringLiteral("xlsx"),   QStringLiteral("--db"),   district,
                                   QStringLiteral("--out"),  roster};
    const QStringList convert = {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("csv"),
                                 QStringLiteral("--outdir"), dir.filePath(QStringLiteral("csv")), roster};
    std::vector<double> ours, theirs, ratios, memory;
    if (!soffice.isEmpty())
        runProgram(program, exportAll), runProgram(soffice, convert); // LibreOffice's first start builds its profile
    for (int i = 0; i < runs; ++i) {
        const ProgramRun a = runProgram(program, exportAll);
        ours.push_back(a.seconds);
        memory.push_back(a.peakMb);
        if (!soffice.isEmpty()) {
            const ProgramRun b = runProgram(soffice, convert);
            theirs.push_back(b.seconds);
            ratios.push_back(a.seconds / b.seconds);
        }
    }
    record(QStringLiteral("roster_xlsx_all_s"), median(ours));
    record(QStringLiteral("roster_xlsx_all_peak_mb"), median(memory));
    out() << QStringLiteral("whole roster to .xlsx (partydesk export): median %1 s, peak %2 MB")
                 .arg(median(ours), 0, 'f', 2)
                 .arg(median(memory), 0, 'f', 0)
          << Qt::endl;
    if (!ratios.empty()) {
        record(QStringLiteral("libreoffice_csv_s"), median(theirs));
        record(QStringLiteral("roster_xlsx_vs_libreoffice_ratio"), median(ratios));
        out() << QStringLiteral("  LibreOffice converting that file to CSV: median %1 s; ratio (pair by pair) "
                                "median %2 (goal <= 0.6)")
                     .arg(median(theirs), 0, 'f', 2)
                     .arg(median(ratios), 0, 'f', 2)
              << Qt::endl;
    }

    // One branch's roster and monthly report: district against community.
    const auto scoped = [&](const QString& key, const QString& label, const QStringList& args) {
        const auto on = [&](const QString& file, const QString& branch) {
            QStringList a = args;
            a << QStringLiteral("--db") << file << QStringLiteral("--org") << branch;
            return medianRun(program, a, std::max(runs, 5)).seconds;
        };
        const double inDistrict = on(district, d.branch), inCommunity = on(community, c.branch);
        record(key + QStringLiteral("_district_s"), inDistrict);
        record(key + QStringLiteral("_community_s"), inCommunity);
        record(key + QStringLiteral("_ratio"), inDistrict / inCommunity);
        out() << QStringLiteral("%1: district %2 s, community %3 s, ratio %4 (goal <= 3)")
                     .arg(label)
                     .arg(inDistrict, 0, 'f', 3)
                     .arg(inCommunity, 0, 'f', 3)
                     .arg(inDistrict / inCommunity, 0, 'f', 2)
              << Qt::endl;
    };
    scoped(QStringLiteral("branch_roster_xlsx"), QStringLiteral("one branch's roster to .xlsx"),
           {QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("xlsx"),
            QStringLiteral("--out"), dir.filePath(QStringLiteral("branch.xlsx"))});
    scoped(QStringLiteral("branch_monthly_pdf"), QStringLiteral("one branch's monthly report to PDF"),
           {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), month,
            QStringLiteral("--out"), dir.filePath(QStringLiteral("branch.pdf"))});

    // Every branch, under 512 open files (Windows' default).
    const auto whole = [&](const QString& key, const QString& label, const QString& file, QStringList args,
                           const QString& format) {
        QTemporaryDir outDir;
        args << QStringLiteral("--db") << file << QStringLiteral("--out")
             << outDir.filePath(QStringLiteral("out.") + format);
        const ProgramRun r = runProgram(program, args, 512);
        const int partial = partialFilesIn(outDir.path());
        const bool written = QFileInfo(outDir.filePath(QStringLiteral("out.") + format)).size() > 0;
        record(key + QStringLiteral("_s"), r.seconds);
        record(key + QStringLiteral("_peak_mb"), r.peakMb);
        record(key + QStringLiteral("_exit"), r.exitCode);
        record(key + QStringLiteral("_partial_files"), partial);
        out() << QStringLiteral("%1 (ulimit -n 512): %2 s, peak %3 MB, exit %4, %5, %6 partial files left")
                     .arg(label)
                     .arg(r.seconds, 0, 'f', 2)
                     .arg(r.peakMb, 0, 'f', 0)
                     .arg(r.exitCode)
                     .arg(written ? QStringLiteral("written") : QStringLiteral("NOT written"))
                     .arg(partial)
              << Qt::endl;
        return r;
    };
    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        const QStringList monthly = {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                                     month};
        const ProgramRun inDistrict =
            whole(QStringLiteral("monthly_all_%1_district").arg(format),
                  QStringLiteral("every branch's monthly report to %1, district (%2 branches)").arg(format).arg(d.branches),
                  district, monthly, format);
        const ProgramRun inCommunity =
            whole(QStringLiteral("monthly_all_%1_community").arg(format),
                  QStringLiteral("every branch's monthly report to %1, community (%2 branches)").arg(format).arg(c.branches),
                  community, monthly, format);
        const double perDistrict = 1000 * inDistrict.seconds / std::max(1, d.branches);
        const double perCommunity = 1000 * inCommunity.seconds / std::max(1, c.branches);
        record(QStringLiteral("monthly_all_%1_ms_per_branch_district").arg(format), perDistrict);
        record(QStringLiteral("monthly_all_%1_ms_per_branch_community").arg(format), perCommunity);
        out() << QStringLiteral("  per branch: district %1 ms, community %2 ms (process start included)")
                     .arg(perDistrict, 0, 'f', 2)
                     .arg(perCommunity, 0, 'f', 2)
              << Qt::endl;
        if (d.ratingYear > 0)
            whole(QStringLiteral("rating_report_%1_district").arg(format),
                  QStringLiteral("star-rating report %1 to %2, district").arg(d.ratingYear).arg(format), district,
                  {QStringLiteral("scoring"), QStringLiteral("report"), QStringLiteral("--year"),
                   QString::number(d.ratingYear), QStringLiteral("--format"), format},
                  format);
    }
}

} // namespace partydesk::bench
