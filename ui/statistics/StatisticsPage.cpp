#include "StatisticsPage.h"

#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "StatisticsModel.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

StatisticsPage::StatisticsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("StatisticsPage"));
    HelpTopics::setTopic(this, QStringLiteral("statistics"));
    m_model = new StatisticsModel(this);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_dimension = new QComboBox;
    m_dimension->setObjectName(QStringLiteral("dimensionCombo"));
    for (MemberStatistics::Dimension d : MemberStatistics::dimensions())
        m_dimension->addItem(MemberStatistics::title(d), int(d));

    auto* exportButton = new QToolButton;
    exportButton->setText(tr("E&xport and print"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    QAction* excel = menu->addAction(tr("Export all tables to Excel…"), this, &StatisticsPage::exportToExcel);
    PageCommands::offer(excel, PageCommand::Export);
    menu->addAction(tr("Export all tables to PDF…"), this, &StatisticsPage::exportToPdf);
    QAction* preview = menu->addAction(tr("Print preview…"), this, &StatisticsPage::printPreview);
    PageCommands::offer(preview, PageCommand::Print);
    exportButton->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_dimension);
    header->addWidget(exportButton);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("statisticsView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ColumnFitter::attach(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        const auto dimension = MemberStatistics::Dimension(m_dimension->currentData().toInt());
        m_model->setDimension(dimension);
        m_note->setText(MemberStatistics::countsPartyMembersOnly(dimension)
                            ? tr("Counted: Party members (probationary and full) on the roster.")
                            : tr("Counted: Party members (probationary and full) in the first column; "
                                 "applicants, activists and candidates in their own columns."));
    });
    emit m_dimension->currentIndexChanged(0);
}

void StatisticsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    m_stale = true;
    if (isVisible())
        refresh();
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString StatisticsPage::scopeName() const
{
    const Organisation* org = m_tree.organisation(m_orgId);
    return org ? org->name : tr("All organisations");
}

void StatisticsPage::refresh()
{
    m_stale = false;
    m_statistics = std::make_shared<const MemberStatistics>(MemberStatistics::fromDatabase(
        m_workspace.database(), m_tree.organisations(), m_orgId, m_workspace.clock().today()));
    m_model->setStatistics(m_statistics);
    m_title->setText(tr("Member statistics: %1").arg(scopeName()));
}

QList<TableReport> StatisticsPage::reports(bool paper) const
{
    if (paper) // the tables follow each other on the pages
        return m_statistics->printedReports(scopeName());
    QList<TableReport> list;
    for (MemberStatistics::Dimension d : MemberStatistics::dimensions())
        list << m_statistics->report(d, scopeName());
    return list;
}

void StatisticsPage::exportToExcel()
{
    exportReports(
        this, m_workspace, QStringLiteral("member statistics"), reports(), ReportFormat::Xlsx,
        tr("Member statistics %1 %2").arg(scopeName(), m_workspace.clock().today().toString(Qt::ISODate)));
}

void StatisticsPage::exportToPdf()
{
    exportReports(
        this, m_workspace, QStringLiteral("member statistics"), reports(true), ReportFormat::Pdf,
        tr("Member statistics %1 %2").arg(scopeName(), m_workspace.clock().today().toString(Qt::ISODate)));
}

void StatisticsPage::printPreview()
{
    previewReports(this, m_workspace, QStringLiteral("member statistics"), reports(true));
}

} // namespace partydesk
