// The appraisal page's result tables: what it prints and exports (AppraisalPage.h).
#include "appraisal/AppraisalReport.h"
#include "AppraisalPage.h"
#include "domain/OrganisationTree.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"

#include <QLabel>

namespace partydesk {

QList<TableReport> AppraisalPage::resultTables() const
{
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    QList<TableReport> tables;
    const QList<qint64> branches = isBranch(m_orgId) ? QList<qint64>{m_orgId} : branchesInScope();
    for (qint64 id : branches) {
        const std::optional<AppraisalSession> session = m_appraisal.repository().session(id, m_year);
        if (!session)
            continue;
        TableReport table =
            appraisalResultTable(*session, m_appraisal.repository().rows(session->id), names.value(id));
        if (branches.size() > 1) // one sheet per branch
            table.sheetName = QStringLiteral("%1 %2").arg(tables.size() + 1).arg(names.value(id)).left(31);
        tables << table;
    }
    return tables;
}

void AppraisalPage::exportResults(bool pdf)
{
    const QList<TableReport> tables = resultTables();
    if (tables.isEmpty()) {
        showMessage(tr("No appraisal of %1 to print here yet.").arg(m_year));
        return;
    }
    exportReports(this, m_workspace, QStringLiteral("appraisal results %1").arg(m_year), tables,
                  pdf ? ReportFormat::Pdf : ReportFormat::Xlsx, tr("Appraisal results %1").arg(m_year));
}

void AppraisalPage::printResults()
{
    const QList<TableReport> tables = resultTables();
    if (tables.isEmpty()) {
        showMessage(tr("No appraisal of %1 to print here yet.").arg(m_year));
        return;
    }
    previewReports(this, m_workspace, QStringLiteral("appraisal results %1").arg(m_year), tables);
}

} // namespace partydesk
