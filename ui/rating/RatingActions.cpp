#include "RatingActions.h"

#include "domain/OrganisationTree.h"
#include "rating/ScoreSheetImport.h"
#include "RatingReports.h"
#include "reports/ReportActions.h"
#include "Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk::RatingActions {

namespace {

// Shows the problems of an import; returns true when the user keeps the valid sheets.
bool keepValidSheets(QWidget* parent, const ScoreSheetImport& result)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QApplication::translate("RatingActions", "Problems in the file"));
    auto* intro = new QLabel(
        QApplication::translate("RatingActions", "%1 sheet(s) can be imported; %2 have mistakes and would be "
                                                 "left out. Nothing is saved unless you choose so.")
            .arg(result.sheets.size())
            .arg(result.badSheets));
    intro->setWordWrap(true);
    auto* list = new QPlainTextEdit(result.problems.join(QLatin1Char('\n')));
    list->setReadOnly(true);
    auto* buttons = new QDialogButtonBox;
    QPushButton* keep = buttons->addButton(
        QApplication::translate("RatingActions", "Import the valid sheets"), QDialogButtonBox::AcceptRole);
    keep->setEnabled(!result.sheets.isEmpty());
    buttons->addButton(QApplication::translate("RatingActions", "Save nothing"),
                       QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

void exportReport(QWidget* parent, Workspace& workspace, int year, bool pdf)
{
    const QList<Organisation> organisations = workspace.organisations().all();
    const std::unique_ptr<RatingReport> report = loadRatingReport(workspace.ratings(), organisations, year);
    if (!report)
        return;
    const QList<TableReport> tables =
        pdf ? ratingReportWithCharts(*report, organisationDisplayNames(organisations)) : report->all();
    exportReports(parent, workspace, QStringLiteral("star rating %1").arg(year), tables,
                  pdf ? ReportFormat::Pdf : ReportFormat::Xlsx,
                  QApplication::translate("RatingActions", "Star rating %1").arg(year));
}

void printReport(QWidget* parent, Workspace& workspace, int year)
{
    const QList<Organisation> organisations = workspace.organisations().all();
    const std::unique_ptr<RatingReport> report = loadRatingReport(workspace.ratings(), organisations, year);
    if (report)
        previewReports(parent, workspace, QStringLiteral("star rating %1").arg(year),
                       ratingReportWithCharts(*report, organisationDisplayNames(organisations)));
}

void exportBlankSheets(QWidget* parent, Workspace& workspace, int year)
{
    const std::optional<RatingYear> rating = workspace.ratings().loadYear(year);
    if (!rating)
        return;
    exportReports(parent, workspace, QStringLiteral("score sheets %1").arg(year),
                  scoreSheetsOfYear(*rating, workspace.organisations().all()), ReportFormat::Xlsx,
                  QApplication::translate("RatingActions", "Score sheets %1").arg(year));
}

bool importSheets(QWidget* parent, Workspace& workspace, int year)
{
    const std::optional<RatingTemplate> t = workspace.ratings().templateForYear(year);
    if (!t)
        return false;
    const QString path = QFileDialog::getOpenFileName(
        parent, QApplication::translate("RatingActions", "Import score sheets"), QString(),
        QApplication::translate("RatingActions", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    const ScoreSheetImport result = readScoreSheets(path, *t, workspace.organisations().all());
    if (!result.fatal.isEmpty()) {
        QMessageBox::warning(parent, QApplication::translate("RatingActions", "Not imported"), result.fatal);
        return false;
    }
    if (!result.problems.isEmpty() && !keepValidSheets(parent, result))
        return false;
    QString reopenReason;
    if (workspace.ratingService().isFinished(year)) {
        bool ok = false;
        reopenReason = QInputDialog::getText(
            parent, QApplication::translate("RatingActions", "Reopen the year"),
            QApplication::translate("RatingActions",
                                    "The %1 result is final. Importing reopens the year: why must it change? "
                                    "The reason is recorded in the audit log.")
                .arg(year),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    const ServiceResult saved = workspace.ratingService().importSheets(year, result.sheets, reopenReason);
    if (!saved.ok()) {
        QMessageBox::warning(parent, QApplication::translate("RatingActions", "Not imported"), saved.message);
        return false;
    }
    QMessageBox::information(
        parent, QApplication::translate("RatingActions", "Imported"),
        QApplication::translate("RatingActions", "%1 sheet(s) imported.").arg(result.sheets.size()));
    return true;
}

} // namespace partydesk::RatingActions
