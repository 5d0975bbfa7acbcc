#include "PackageBench.h"

#include "BenchSupport.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace partydesk::bench {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// What a command prints, for the keys it shows.
QString outputOf(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The workspace's two public keys (signing, receiving), as `package keys` prints them.
QStringList keysOf(const QString& program, const QString& file)
{
    static const QRegularExpression key(QStringLiteral("^\\s+([A-Za-z0-9+/]{43}=)\\s*$"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    for (auto it = key.globalMatch(outputOf(
             program, {QStringLiteral("package"), QStringLiteral("keys"), QStringLiteral("--db"), file}));
         it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

// Runs `sql` on `file` and gives the first value.
QString scalarOf(const QString& file, const QString& sql)
{
    QString value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-package"));
        db.setDatabaseName(file);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-package"));
    return value;
}

} // namespace

void benchPackageImport(const QString& program, const QString& district, const QString& community, int runs)
{
    QTemporaryDir dir;
    const QString sender = dir.filePath(QStringLiteral("community.sqlite"));
    const QString street = dir.filePath(QStringLiteral("street.sqlite"));
    QFile::copy(community, sender);
    QFile::copy(district, street);
    // Both demos come from one generator, so the community's ID numbers are also on the district's
    // roster; a real community's people are not, and the import would rightly refuse them.
    scalarOf(sender, QStringLiteral("UPDATE member SET id_number = NULL"));
    const QStringList senderKeys = keysOf(program, sender);
    const QStringList streetKeys = keysOf(program, street);
    if (senderKeys.size() != 2 || streetKeys.size() != 2) {
        out() << QStringLiteral("package import: the package keys could not be read") << Qt::endl;
        return;
    }
    runProgram(program, {QStringLiteral("package"), QStringLiteral("recipient"), QStringLiteral("--name"),
                         QStringLiteral("street"), QStringLiteral("--key"), streetKeys[1],
                         QStringLiteral("--db"), sender});
    runProgram(program, {QStringLiteral("package"), QStringLiteral("trust"), QStringLiteral("--name"),
                         QStringLiteral("community"), QStringLiteral("--key"), senderKeys[0],
                         QStringLiteral("--db"), street});
    const QString package = dir.filePath(QStringLiteral("year.pdpkg"));
    runProgram(program, {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--year"),
                         QString::number(QDate::currentDate().year()), QStringLiteral("--out"), package,
                         QStringLiteral("--db"), sender});
    // The district with its keys and the community's trusted, kept for every run to start from.
    const QString ready = dir.filePath(QStringLiteral("street-ready.sqlite"));
    QFile::copy(street, ready);
    const QString under = scalarOf(
        street, QStringLiteral("SELECT min(id) FROM organisation WHERE org_type = 'street_committee'"));

    const QStringList dryRun = {QStringLiteral("package"),
                                QStringLiteral("import"),
                                package,
                                QStringLiteral("--dry-run"),
                                QStringLiteral("--under"),
                                under,
                                QStringLiteral("--db"),
                                street};
    QStringList import = dryRun;
    import.removeAll(QStringLiteral("--dry-run"));
    std::vector<double> shown, shownMb, merged, mergedMb;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        const ProgramRun tell = runProgram(program, dryRun);
        shown.push_back(tell.seconds);
        shownMb.push_back(tell.peakMb);
        const ProgramRun merge = runProgram(program, import);
        merged.push_back(merge.seconds);
        mergedMb.push_back(merge.peakMb);
        failures += tell.exitCode != 0 || merge.exitCode != 0;
        // The next run starts from the district as it was before the import.
        QFile::remove(street);
        QFile::copy(ready, street);
    }
    record(QStringLiteral("package_import_dry_run_s"), median(shown));
    record(QStringLiteral("package_import_dry_run_peak_mb"), median(shownMb));
    record(QStringLiteral("package_import_s"), median(merged));
    record(QStringLiteral("package_import_peak_mb"), median(mergedMb));
    out() << QStringLiteral("a community's year into the district (package import, %1 runs, %2 failed): "
                            "dry run median %3 s, peak %4 MB; import median %5 s, peak %6 MB")
                 .arg(runs)
                 .arg(failures)
                 .arg(median(shown), 0, 'f', 2)
                 .arg(median(shownMb), 0, 'f', 0)
                 .arg(median(merged), 0, 'f', 2)
                 .arg(median(mergedMb), 0, 'f', 0)
          << Qt::endl;
}

} // namespace partydesk::bench
