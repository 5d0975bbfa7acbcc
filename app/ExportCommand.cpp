#include "CommandSupport.h"
#include "domain/OrganisationTree.h"
#include "report/MemberStatistics.h"
#include "report/RosterExport.h"
#include "report/RosterStream.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "repository/RosterFilter.h"
#include "security/OutputPolicy.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <atomic>
#include <csignal>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace partydesk {

namespace {

template <typename E> bool parseEnumList(const QString& text, QList<E>* values, QString* bad)
{
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        E value;
        if (!enumFromCode(code.trimmed(), &value)) {
            *bad = code.trimmed();
            return false;
        }
        values->append(value);
    }
    return true;
}

template <typename E> QString codeList()
{
    QStringList codes;
    for (E value : enumValues<E>())
        codes << enumCode(value);
    return codes.join(QStringLiteral(", "));
}

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

// Ctrl+C cancels like the Cancel button: the writer stops and removes its temporary file.
bool progressToTerminal(int done, int total)
{
    QTextStream(stderr) << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
    return !interrupted;
}

} // namespace

// partydesk export roster|statistics --format xlsx|pdf --out FILE [--org ID] [...] --db FILE
int runExport(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportCommand", "Exports the roster or the member statistics as .xlsx or PDF."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"),
                                 QCoreApplication::translate("ExportCommand", "Export."));
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QCoreApplication::translate("ExportCommand", "roster or statistics."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("ExportCommand", "xlsx or pdf."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("ExportCommand", "The file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("ExportCommand", "The workspace file."),
                                QStringLiteral("file"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        QCoreApplication::translate("ExportCommand", "Only this organisation and those below it (its id)."),
        QStringLiteral("id"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        QCoreApplication::translate("ExportCommand", "Only these categories: %1.")
            .arg(codeList<MemberCategory>()),
        QStringLiteral("codes"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QCoreApplication::translate("ExportCommand", "Only these statuses: %1.")
                                        .arg(codeList<MemberStatus>()),
                                    QStringLiteral("codes"));
    const QCommandLineOption includeLeft(
        QStringLiteral("include-left"),
        QCoreApplication::translate("ExportCommand", "Include members who left."));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        QCoreApplication::translate("ExportCommand",
                                    "Roster columns, in order, or all (default: the paper roster's)."),
        QStringLiteral("codes"));
    const QCommandLineOption fullId(
        QStringLiteral("full-id"),
        QCoreApplication::translate("ExportCommand",
                                    "Write full ID numbers (recorded in the workspace's log)."));
    const QCommandLineOption fullPhone(
        QStringLiteral("full-phone"),
        QCoreApplication::translate("ExportCommand", "Write full phone numbers (masked otherwise)."));
    parser.addOptions({format, out, db, org, category, status, includeLeft, columns, fullId, fullPhone});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    if (what != QLatin1String("roster") && what != QLatin1String("statistics")) {
        printError(QCoreApplication::translate("ExportCommand", "Say what to export: roster or statistics."));
        return 2;
    }
    const QString kind = parser.value(format);
    if (kind != QLatin1String("xlsx") && kind != QLatin1String("pdf")) {
        printError(QCoreApplication::translate("ExportCommand", "--format must be xlsx or pdf."));
        return 2;
    }
    if (!parser.isSet(out) || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "ExportCommand", "Name the workspace with --db FILE and the output with --out FILE."));
        return 2;
    }
    const QString outPath = parser.value(out);
    if (!QFileInfo(outPath).absoluteDir().exists()) {
        printError(QCoreApplication::translate("ExportCommand", "The folder of \"%1\" does not exist.")
                       .arg(QDir::toNativeSeparators(outPath)));
        return 1;
    }
    CommandWorkspace opened(parser.value(db), QStringLiteral("export"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    const Clock& clock = opened.clock();
    if (const QString why = OutputPolicy::refusal(workspace.session(), OutputPolicy::Kind::Export,
                                                  what == QLatin1String("roster") && parser.isSet(fullId));
        !why.isEmpty()) {
        printError(why);
        return 1;
    }
    const QList<Organisation> organisations = workspace.organisations().all();

    RosterFilter filter;
    filter.includeLeft = parser.isSet(includeLeft);
    QString scope = QCoreApplication::translate("ExportCommand", "All organisations");
    qint64 orgId = 0;
    if (parser.isSet(org)) {
        orgId = parser.value(org).toLongLong();
        const Organisation chosen = workspace.organisations().get(orgId);
        if (chosen.id == 0) {
            printError(QCoreApplication::translate("ExportCommand", "There is no organisation with id %1.")
                           .arg(parser.value(org)));
            return 1;
        }
        filter.orgIds = subtreeIds(organisations, orgId);
        scope = chosen.name;
    }
    QList<MemberCategory> categories;
    QList<MemberStatus> statuses;
    QString bad;
    if (!parseEnumList(parser.value(category), &categories, &bad) ||
        !parseEnumList(parser.value(status), &statuses, &bad)) {
        printError(
            QCoreApplication::translate("ExportCommand", "Unknown category or status \"%1\".").arg(bad));
        return 2;
    }

    QList<TableReport> reports;
    std::unique_ptr<MemberStatistics> statistics;
    std::unique_ptr<RosterStream> stream;
    // Unique names: a roster export is read back by the import, and districts repeat branch names.
    const QHash<qint64, QString> names = uniqueOrganisationNames(organisations);
    if (what == QLatin1String("roster")) {
        // Read beside the writing, on a thread of its own.
        stream = std::make_unique<RosterStream>(
            workspace.database().connectionName(), filter.orgIds, [&](const RosterRow& row) {
                return filter.accepts(row) && (categories.isEmpty() || categories.contains(row.category)) &&
                       (statuses.isEmpty() || statuses.contains(row.status));
            });
        if (const QString error = stream->error(); !error.isEmpty()) {
            printError(error);
            return 1;
        }
        RosterExportOptions options;
        options.organisationName = scope;
        options.today = clock.today();
        options.fullIdNumbers = parser.isSet(fullId);
        options.fullPhoneNumbers = parser.isSet(fullPhone);
        options.columns = defaultRosterColumns(options.fullIdNumbers);
        if (parser.value(columns).trimmed() == QLatin1String("all")) {
            options.columns = allRosterColumns();
        } else if (parser.isSet(columns)) {
            options.columns.clear();
            for (const QString& code : parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                RosterColumn column;
                if (!rosterColumnFromCode(code.trimmed(), &column)) {
                    QStringList known;
                    for (RosterColumn c : allRosterColumns())
                        known << rosterColumnCode(c);
                    printError(
                        QCoreApplication::translate("ExportCommand", "Unknown column \"%1\"; columns are: %2")
                            .arg(code, known.join(QStringLiteral(", "))));
                    return 2;
                }
                options.columns << column;
            }
        }
        reports << rosterReport(
            stream->count(), [&stream](int r) { return stream->row(r); }, names, options);
    } else {
        const std::vector<RosterRow> roster =
            filter.orgIds ? workspace.members().roster(*filter.orgIds) : workspace.members().roster();
        statistics = std::make_unique<MemberStatistics>(roster, organisations, orgId, clock.today());
        if (kind != QLatin1String("xlsx")) // on paper the tables follow each other
            reports = statistics->printedReports(scope);
        else
            for (MemberStatistics::Dimension dimension : MemberStatistics::dimensions())
                reports << statistics->report(dimension, scope);
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    // A roster read that ended early cancels the file: it is never written with blank rows.
    const ExportProgress progress = [&stream](int done, int total) {
        return (!stream || stream->error().isEmpty()) && progressToTerminal(done, total);
    };
    QString error = kind == QLatin1String("xlsx")
                        ? writeXlsx(reports, outPath, progress)
                        : writePdf(reports, outPath, QStringLiteral("PartyDesk"), progress);
    QTextStream(stderr) << QStringLiteral("\n");
    if (stream && !stream->error().isEmpty())
        error = stream->error();
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    // Recorded once the file is there: what, how many rows, masked or full, where.
    OutputPolicy::record(workspace.audit(), OutputPolicy::Kind::Export, stream && parser.isSet(fullId),
                         stream ? QStringLiteral("roster") : QStringLiteral("statistics tables"),
                         stream ? stream->count() : reports.size(), QFileInfo(outPath).absoluteFilePath());
    printLine(
        QCoreApplication::translate("ExportCommand", "Written: %1").arg(QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace partydesk
