// The monthly report menu of the meetings page: export, and the print of every branch in the
// selection, whose action says what it will print.
#include "domain/OrganisationTree.h"
#include "MeetingsPage.h"
#include "models/OrganisationTreeModel.h"
#include "reports/PrintJob.h"
#include "reports/ReportActions.h"
#include "security/OutputPolicy.h"
#include "Workspace.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintDialog>

namespace partydesk {

void MeetingsPage::exportMonthlyReport(bool pdf)
{
    const Organisation* org = m_tree.organisation(m_orgId);
    exportReports(
        this, m_workspace,
        QStringLiteral("monthly report %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))), monthlyReport(),
        pdf ? ReportFormat::Pdf : ReportFormat::Xlsx,
        tr("Monthly report %1 %2")
            .arg(org ? org->name : tr("all branches"), m_month.toString(QStringLiteral("yyyy-MM"))));
}

// A branch prints its own report; a committee (or nothing selected) every branch below it, and the
// action counts them, so nobody prints 40 pages when they meant one branch.
void MeetingsPage::updatePrintAction()
{
    if (!m_printAll)
        return;
    const int count = int(branchesInScope().size());
    const Organisation* org = m_tree.organisation(m_orgId);
    if (count == 0)
        m_printAll->setText(tr("Print every branch's report…"));
    else if (org && isBranchLevel(org->type) && org->type != OrgType::PartyGroup)
        m_printAll->setText(tr("Print this branch's monthly report…"));
    else if (org)
        m_printAll->setText(
            tr("Print the monthly reports of all %n branch(es) of %1…", nullptr, count).arg(org->name));
    else
        m_printAll->setText(tr("Print the monthly reports of all %n branch(es)…", nullptr, count));
    m_printAll->setEnabled(count > 0);
}

// One print job behind a progress dialog that can cancel.
void MeetingsPage::printMonthlyReports()
{
    if (const QString why = OutputPolicy::refusal(m_workspace.session(), OutputPolicy::Kind::Print, false);
        !why.isEmpty()) {
        QMessageBox::information(this, tr("Not printed"), why);
        return;
    }
    updatePrintAction();
    CountingPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    QString title = m_printAll->text();
    if (title.endsWith(QChar(0x2026)))
        title.chop(1);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printMonthlyReportsTo(printer);
}

PrintResult MeetingsPage::printMonthlyReportsTo(CountingPrinter& printer)
{
    const QString month = m_month.toString(QStringLiteral("yyyy-MM"));
    const QList<TableReport> reports = monthlyReport();
    const int branches = int(branchesInScope().size());
    const PrintResult result = printReports(this, printer, reports, tr("Printing the monthly reports…"));
    // Pages sent before a cancel are printed too: they are recorded as well.
    if (result.pages > 0)
        OutputPolicy::record(
            m_workspace.audit(), OutputPolicy::Kind::Print, false,
            result.status == PrintResult::Status::Printed
                ? QStringLiteral("monthly reports %1").arg(month)
                : QStringLiteral("monthly reports %1, cancelled after %2 pages").arg(month).arg(result.pages),
            totalRows(reports));
    showPrintResult(this, printer, result,
                    tr("Printed the monthly reports of %n branch(es) for %1", nullptr, branches).arg(month));
    return result;
}

} // namespace partydesk
