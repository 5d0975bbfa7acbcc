#include "CommandSupport.h"
#include "meetings/MonthlyReportTables.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "security/OutputPolicy.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

// partydesk report monthly --month 2026-11 [--org ID] --out FILE.pdf|FILE.xlsx --db FILE
int runReport(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ReportCommand", "The monthly report of organisational life, as PDF or .xlsx."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"),
                                 QCoreApplication::translate("ReportCommand", "Report."));
    parser.addPositionalArgument(QStringLiteral("monthly"),
                                 QCoreApplication::translate("ReportCommand", "monthly."));
    const QCommandLineOption month(QStringLiteral("month"),
                                   QCoreApplication::translate("ReportCommand", "The month, YYYY-MM."),
                                   QStringLiteral("month"));
    const QCommandLineOption org(
        QStringLiteral("org"),
        QCoreApplication::translate("ReportCommand",
                                    "One branch, or every branch below a committee (its id)."),
        QStringLiteral("id"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("ReportCommand", "The .pdf or .xlsx file to write."),
        QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("ReportCommand", "The workspace file."),
                                QStringLiteral("file"));
    parser.addOptions({month, org, out, db});
    parser.process(app);

    if (parser.positionalArguments().value(1) != QLatin1String("monthly")) {
        printError(QCoreApplication::translate(
            "ReportCommand",
            "Use: partydesk report monthly --month YYYY-MM [--org ID] --out FILE --db FILE"));
        return 2;
    }
    const QDate first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid()) {
        printError(QCoreApplication::translate("ReportCommand", "\"%1\" is not a month: use YYYY-MM.")
                       .arg(parser.value(month)));
        return 2;
    }
    const QString path = parser.value(out);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("ReportCommand", "The output must end in .pdf or .xlsx."));
        return 2;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        printError(QCoreApplication::translate("ReportCommand", "Name an output in a folder that exists."));
        return 1;
    }
    CommandWorkspace opened(parser.value(db), QStringLiteral("report"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    if (const QString why = OutputPolicy::refusal(workspace.session(), OutputPolicy::Kind::Export, false);
        !why.isEmpty()) {
        printError(why);
        return 1;
    }
    const qint64 orgId = parser.value(org).toLongLong();
    if (parser.isSet(org) && workspace.organisations().get(orgId).id == 0) {
        printError(QCoreApplication::translate("ReportCommand", "There is no organisation with id %1.")
                       .arg(parser.value(org)));
        return 1;
    }
    const QList<TableReport> tables = monthlyReportTables(workspace, orgId, first);
    const QString error = pdf ? writePdf(tables, path, QStringLiteral("PartyDesk")) : writeXlsx(tables, path);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(
        QCoreApplication::translate("ReportCommand", "Written: %1").arg(QDir::toNativeSeparators(path)));
    OutputPolicy::record(workspace.audit(), OutputPolicy::Kind::Export, false,
                         QStringLiteral("monthly report %1 (tables)").arg(first.toString(QStringLiteral("yyyy-MM"))),
                         tables.size(), QFileInfo(path).absoluteFilePath());
    return 0;
}

} // namespace partydesk
