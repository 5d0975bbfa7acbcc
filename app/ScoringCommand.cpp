#include "CommandSupport.h"
#include "domain/OrganisationTree.h"
#include "rating/RatingReport.h"
#include "rating/RatingReports.h"
#include "rating/ScoreSheetImport.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "storage/Database.h"
#include "Workspace.h"

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

int scoringImport(Workspace& workspace, const QString& file, int year, bool keepValid)
{
    const std::optional<RatingTemplate> t = workspace.ratings().templateForYear(year);
    if (!t) {
        printError(
            QCoreApplication::translate("ScoringCommand", "There is no star rating for %1.").arg(year));
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
    const WriteResult session = workspace.ratings().ensureSession(year, workspace.clock().today());
    if (!session.ok()) {
        printError(session.error);
        return 1;
    }
    const WriteResult saved = workspace.ratings().saveSheets(session.id, result.sheets);
    if (!saved.ok()) {
        printError(saved.error);
        return 1;
    }
    printLine(QCoreApplication::translate("ScoringCommand",
                                          "Imported %1 sheet(s) for %2; %3 sheet(s) had problems.")
                  .arg(result.sheets.size())
                  .arg(year)
                  .arg(result.badSheets));
    return result.problems.isEmpty() ? 0 : 3;
}

} // namespace

// partydesk scoring report --year Y --format pdf|xlsx --out FILE --db FILE
// partydesk scoring import FILE.xlsx --year Y --db FILE [--keep-valid]
int runScoring(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ScoringCommand", "Star rating: the annual report, and filled sheets imported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scoring"),
                                 QCoreApplication::translate("ScoringCommand", "Star rating."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("ScoringCommand", "report or import."));
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
    const QCommandLineOption keepValid(
        QStringLiteral("keep-valid"),
        QCoreApplication::translate("ScoringCommand", "Save the valid sheets of a file with errors."));
    parser.addOptions({year, format, out, db, keepValid});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    bool yearOk = false;
    const int y = parser.value(year).toInt(&yearOk);
    if ((action != QLatin1String("report") && action != QLatin1String("import")) || !yearOk ||
        !parser.isSet(db)) {
        printError(QCoreApplication::translate(
            "ScoringCommand", "Use: partydesk scoring report --year Y --format pdf|xlsx --out FILE "
                              "--db FILE, or partydesk scoring import FILE.xlsx --year Y --db FILE"));
        return 2;
    }
    Database::Result opened = openExistingWorkspace(parser.value(db), QStringLiteral("scoring"));
    if (!opened.ok)
        return 1;
    SystemClock clock;
    Workspace workspace(opened.db, clock);
    if (action == QLatin1String("report"))
        return scoringReport(workspace, y, parser.value(format), parser.value(out));
    const QString file = args.value(2);
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        printError(QCoreApplication::translate("ScoringCommand", "Name an existing .xlsx file to import."));
        return 2;
    }
    return scoringImport(workspace, file, y, parser.isSet(keepValid));
}

} // namespace partydesk
