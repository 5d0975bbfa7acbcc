#include "CommandSupport.h"
#include "domain/OrganisationTree.h"
#include "rating/RatingReport.h"
#include "rating/RatingReports.h"
#include "rating/ScoreSheetImport.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "security/OutputPolicy.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <algorithm>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace partydesk {

namespace {

int scoringReport(Workspace& workspace, int year, const QString& format, const QString& out)
{
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx")) {
        printError(QCoreApplication::translate("ScoringCommand", "--format must be pdf or xlsx."));
        return 2;
    }
    if (out.isEmpty() || !QFileInfo(out).absoluteDir().exists()) {
        printError(QCoreApplication::translate("ScoringCommand",
                                               "Name the output with --out FILE in a folder that exists."));
        return 2;
    }
    const QList<Organisation> organisations = workspace.organisations().all();
    const std::unique_ptr<RatingReport> report = loadRatingReport(workspace.ratings(), organisations, year);
    if (!report) {
        printError(
            QCoreApplication::translate("ScoringCommand", "There is no star rating for %1.").arg(year));
        return 1;
    }
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);
    const QString error = format == QLatin1String("pdf") ? writePdf(ratingReportWithCharts(*report, names),
                                                                    out, QStringLiteral("PartyDesk"))
                                                         : writeXlsx(report->all(), out);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(
        QCoreApplication::translate("ScoringCommand", "Written: %1").arg(QDir::toNativeSeparators(out)));
    return 0;
}

int scoringImport(Workspace& workspace, const QString& file, int year, bool keepValid, const QString& reopen)
{
    const std::optional<RatingTemplate> t = workspace.ratings().templateForYear(year);
    if (!t) {
        printError(
            QCoreApplication::translate("ScoringCommand", "There is no star rating for %1.").arg(year));
        return 1;
    }
    if (workspace.ratingService().isFinished(year) && reopen.trimmed().isEmpty()) {
        printError(QCoreApplication::translate(
                       "ScoringCommand", "The %1 rating is finished and its result is final; nothing was "
                                         "imported. To change it, add --reopen \"REASON\" (recorded in "
                                         "the audit log).")
                       .arg(year));
        return 1;
    }
    const ScoreSheetImport result = readScoreSheets(file, *t, workspace.organisations().all());
    for (const QString& problem : result.problems)
        printError(problem);
    if (!result.fatal.isEmpty()) {
        printError(result.fatal);
        return 1;
    }
    if (!result.problems.isEmpty() && !keepValid) {
        printError(QCoreApplication::translate(
            "ScoringCommand", "Nothing was saved: correct the file, or import its valid sheets "
                              "with --keep-valid."));
        return 1;
    }
    const ServiceResult saved = workspace.ratingService().importSheets(year, result.sheets, reopen);
    if (!saved.ok()) {
        printError(saved.message);
        return 1;
    }
    printLine(QCoreApplication::translate("ScoringCommand",
                                          "Imported %1 sheet(s) for %2; %3 sheet(s) had problems.")
                  .arg(result.sheets.size())
                  .arg(year)
                  .arg(result.badSheets));
    return result.problems.isEmpty() ? 0 : 3;
}

int scoringSheets(Workspace& workspace, int year, const QString& out, const QString& orgText)
{
    if (out.isEmpty() || !QFileInfo(out).absoluteDir().exists()) {
        printError(QCoreApplication::translate("ScoringCommand",
                                               "Name the output with --out FILE in a folder that exists."));
        return 2;
    }
    const std::optional<RatingYear> rating = workspace.ratings().loadYear(year);
    if (!rating || rating->sessionId == 0) {
        printError(
            QCoreApplication::translate("ScoringCommand", "There is no star rating for %1.").arg(year));
        return 1;
    }
    const QList<Organisation> organisations = workspace.organisations().all();
    qint64 orgId = 0;
    if (!orgText.isEmpty()) {
        bool ok = false;
        orgId = orgText.toLongLong(&ok);
        const bool known = ok && std::any_of(organisations.cbegin(), organisations.cend(),
                                             [&](const Organisation& o) { return o.id == orgId; });
        if (!known) {
            printError(QCoreApplication::translate("ScoringCommand", "There is no organisation with id %1.")
                           .arg(orgText));
            return 2;
        }
    }
    const QList<TableReport> sheets = scoreSheetsOfYear(*rating, organisations, orgId);
    if (sheets.isEmpty()) {
        printError(QCoreApplication::translate("ScoringCommand", "No branch rated in %1 is under that "
                                                                 "organisation.")
                       .arg(year));
        return 1;
    }
    if (const QString error = writeXlsx(sheets, out); !error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(QCoreApplication::translate("ScoringCommand", "Written: %1 (%2 sheet(s))")
                  .arg(QDir::toNativeSeparators(out))
                  .arg(sheets.size()));
    return 0;
}

int scoringNewYear(Workspace& workspace, int year)
{
    const bool existed = workspace.ratings().years().contains(year);
    const ServiceResult started = workspace.ratingService().startYear(year);
    if (!started.ok()) {
        printError(started.message);
        return 1;
    }
    const std::optional<RatingYear> rating = workspace.ratings().loadYear(year);
    printLine((existed
                   ? QCoreApplication::translate("ScoringCommand", "%1 already exists: %2 branch(es), %3 "
                                                                   "tasks.")
                   : QCoreApplication::translate("ScoringCommand", "Started %1: %2 branch(es), %3 tasks."))
                  .arg(year)
                  .arg(rating ? rating->orgIds.size() : 0)
                  .arg(rating ? rating->ratingTemplate.taskCount() : 0));
    return 0;
}

} // namespace

// partydesk scoring new-year --year Y --db FILE
// partydesk scoring sheets --year Y --out FILE.xlsx [--org ID] --db FILE
// partydesk scoring import FILE.xlsx --year Y --db FILE [--keep-valid] [--reopen REASON]
// partydesk scoring report --year Y --format pdf|xlsx --out FILE --db FILE
int runScoring(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ScoringCommand",
        "Star rating (评星定级) without the window:\n"
        "  scoring new-year --year Y --db FILE            start a year from last year's template and "
        "branches\n"
        "  scoring sheets --year Y --out FILE.xlsx [--org ID] --db FILE   score sheets to fill in\n"
        "  scoring import FILE.xlsx --year Y --db FILE [--keep-valid] [--reopen REASON]\n"
        "  scoring report --year Y --format pdf|xlsx --out FILE --db FILE   the annual report"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scoring"),
                                 QCoreApplication::translate("ScoringCommand", "Star rating."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("ScoringCommand", "new-year, sheets, import or report."));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("ScoringCommand", "The year."),
                                  QStringLiteral("year"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("ScoringCommand", "pdf or xlsx."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("ScoringCommand", "The file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("ScoringCommand", "The workspace file."),
                                QStringLiteral("file"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        QCoreApplication::translate("ScoringCommand", "Only the branches under this organisation (its id)."),
        QStringLiteral("id"));
    const QCommandLineOption keepValid(
        QStringLiteral("keep-valid"),
        QCoreApplication::translate("ScoringCommand", "Save the valid sheets of a file with errors."));
    const QCommandLineOption reopen(
        QStringLiteral("reopen"),
        QCoreApplication::translate("ScoringCommand",
                                    "Reopen a finished year to import into it; the reason is recorded."),
        QStringLiteral("reason"));
    parser.addOptions({year, format, out, db, org, keepValid, reopen});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    bool yearOk = false;
    const int y = parser.value(year).toInt(&yearOk);
    const QStringList actions = {QStringLiteral("new-year"), QStringLiteral("sheets"),
                                 QStringLiteral("import"), QStringLiteral("report")};
    if (!actions.contains(action) || !yearOk || !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "ScoringCommand", "Use: partydesk scoring new-year|sheets|import|report --year Y --db FILE … "
                              "(partydesk help scoring lists the options)"));
        return 2;
    }
    CommandWorkspace opened(parser.value(db), QStringLiteral("scoring"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    if (action == QLatin1String("new-year"))
        return scoringNewYear(workspace, y);
    if (action == QLatin1String("sheets") || action == QLatin1String("report")) {
        // Files out of the workspace: the role must allow exports, and each one is recorded.
        if (const QString why = OutputPolicy::refusal(workspace.session(), OutputPolicy::Kind::Export, false);
            !why.isEmpty()) {
            printError(why);
            return 1;
        }
        const int code = action == QLatin1String("sheets")
                             ? scoringSheets(workspace, y, parser.value(out), parser.value(org))
                             : scoringReport(workspace, y, parser.value(format), parser.value(out));
        if (code == 0)
            OutputPolicy::record(workspace.audit(), OutputPolicy::Kind::Export, false,
                                 QStringLiteral("star rating %1 %2").arg(action).arg(y), -1,
                                 QFileInfo(parser.value(out)).absoluteFilePath());
        return code;
    }
    const QString file = args.value(2);
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        printError(QCoreApplication::translate("ScoringCommand", "Name an existing .xlsx file to import."));
        return 2;
    }
    return scoringImport(workspace, file, y, parser.isSet(keepValid), parser.value(reopen));
}

} // namespace partydesk
