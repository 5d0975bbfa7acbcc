#include "DevelopmentPage.h"

#include "AdvanceDialog.h"
#include "development/DevelopmentReport.h"
#include "development/ProbationDue.h"
#include "DevelopmentDetail.h"
#include "DevelopmentPlanDialog.h"
#include "domain/OrganisationTree.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "PipelineModel.h"
#include "ProbationModel.h"
#include "reports/ReportActions.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

DevelopmentPage::DevelopmentPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree),
      m_service(std::make_unique<DevelopmentService>(developmentService(workspace)))
{
    setObjectName(QStringLiteral("DevelopmentPage"));
    HelpTopics::setTopic(this, QStringLiteral("development"));
    auto* title = new QLabel(tr("Developing new members"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("Every stage"), -1);
    for (MemberStatus s : {MemberStatus::Applicant, MemberStatus::Activist, MemberStatus::Candidate,
                           MemberStatus::Probationary})
        m_stage->addItem(DevelopmentSteps::stageLabel(s), int(s));
    m_plan = new QLabel;
    m_plan->setObjectName(QStringLiteral("planLabel"));
    m_planButton = new QPushButton(tr("&Plan…"));
    m_planButton->setObjectName(QStringLiteral("planButton"));
    auto* output = new QToolButton;
    output->setObjectName(QStringLiteral("outputButton"));
    output->setText(tr("P&rint / export"));
    output->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(output);
    menu->addAction(tr("As PDF…"), this, [this] { exportReports(true); });
    QAction* excel = menu->addAction(tr("To Excel…"), this, [this] { exportReports(false); });
    PageCommands::offer(excel, PageCommand::Export);
    QAction* preview = menu->addAction(tr("Print preview…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("development"), reports());
    });
    PageCommands::offer(preview, PageCommand::Print);
    output->setMenu(menu);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_stage);
    header->addStretch();
    header->addWidget(m_plan);
    header->addWidget(m_planButton);
    header->addWidget(output);

    m_pipeline = new PipelineModel(this);
    // Branch names with their Party group are long: they give way first (the whole name in the
    // tooltip), so the next item and its due date stay in view on a 1366-pixel screen.
    m_view = recordList(m_pipeline, "pipelineView");
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summary);

    m_detail = new DevelopmentDetail;
    m_detail->setObjectName(QStringLiteral("developmentDetail"));
    m_advance = new QPushButton(tr("Move to the &next stage…"));
    m_advance->setObjectName(QStringLiteral("advanceButton"));
    m_save = new QPushButton(tr("&Save"));
    PageCommands::offer(m_save, PageCommand::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_advance);
    buttons->addWidget(m_save);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The list first: its next item and due date matter most; the form stays usable at 40 %.
    splitter->setSizes({600, 400});

    m_probations = new ProbationModel(this);
    m_probationView = recordList(m_probations, "probationView");

    m_tabs = new QTabWidget;
    m_tabs->addTab(splitter, tr("Pipeline"));
    m_tabs->addTab(m_probationView, tr("Probation ending"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 keep = selectedMemberId();
        reload();
        selectMember(keep);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevelopmentPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, &DevelopmentPage::saveRecord);
    connect(m_advance, &QPushButton::clicked, this, &DevelopmentPage::advanceSelected);
    connect(m_planButton, &QPushButton::clicked, this, &DevelopmentPage::editPlan);
    // A probation in the list opens the person in the pipeline.
    connect(m_probationView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_tabs->setCurrentIndex(0);
        selectMember(index.data(ProbationModel::MemberIdRole).toLongLong());
    });
}

DevelopmentPage::~DevelopmentPage() = default;

void DevelopmentPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const qint64 keep = selectedMemberId();
    reload();
    selectMember(keep);
}

void DevelopmentPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void DevelopmentPage::reload()
{
    const QDate today = m_workspace.clock().today();
    m_entries = m_service->repository().pipeline(m_orgId);
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    const int stage = m_stage->currentData().toInt();
    m_pipeline->setEntries(m_entries, names, today,
                           stage < 0 ? std::nullopt : std::optional<MemberStatus>(MemberStatus(stage)));
    m_summary->setText(tr("%n person(s) in the pipeline, ", nullptr, int(m_entries.size())) +
                       tr("%n with an item overdue", nullptr, m_pipeline->overdueCount()));
    m_probations->setProbations(probationsDue(m_entries, today), names);
    m_detail->clear();
    reloadPlan();
}

void DevelopmentPage::reloadPlan()
{
    const int year = m_workspace.clock().today().year();
    if (m_orgId <= 0) {
        m_plan->setText(tr("Choose an organisation to see its development plan."));
        m_planButton->setEnabled(false);
        return;
    }
    m_planButton->setEnabled(true);
    const std::optional<DevelopmentPlan> plan = m_service->repository().plan(m_orgId, year);
    const PlanAchieved achieved = m_service->repository().achieved(m_orgId, year);
    if (!plan)
        m_plan->setText(tr("%1: no plan; admitted %2, of them %3 under 35 and %4 women.")
                            .arg(year)
                            .arg(achieved.admitted)
                            .arg(achieved.young)
                            .arg(achieved.women));
    else
        m_plan->setText(
            tr("Plan %1: %2 to develop, %3 admitted; under 35: %4 (planned %5); women: %6 (planned %7).")
                .arg(year)
                .arg(plan->planned)
                .arg(achieved.admitted)
                .arg(achieved.young)
                .arg(plan->young)
                .arg(achieved.women)
                .arg(plan->women));
}

qint64 DevelopmentPage::selectedMemberId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PipelineModel::MemberIdRole).toLongLong() : 0;
}

bool DevelopmentPage::selectMember(qint64 memberId)
{
    if (memberId <= 0)
        return false;
    int row = m_pipeline->rowOf(memberId);
    if (row < 0 && m_stage->currentIndex() != 0) {
        const QSignalBlocker block(m_stage);
        m_stage->setCurrentIndex(0);
        reload();
        row = m_pipeline->rowOf(memberId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_pipeline->index(row, PipelineModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    showSelected();
    return true;
}

void DevelopmentPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const PipelineEntry* entry = current.isValid() ? m_pipeline->entry(current.row()) : nullptr;
    if (entry)
        m_detail->setEntry(*entry, m_workspace.clock().today());
    else
        m_detail->clear();
}

bool DevelopmentPage::saveRecord()
{
    if (!m_detail->hasEntry())
        return false;
    if (const QStringList problems = m_detail->problems(); !problems.isEmpty()) {
        QMessageBox::warning(this, tr("Not saved"), problems.join(QLatin1Char('\n')));
        return false;
    }
    const qint64 id = m_detail->person().id;
    const ServiceResult result = m_service->saveRecord(m_detail->record());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Not saved"), result.message);
        return false;
    }
    reload();
    selectMember(id);
    emit memberChanged(id);
    return true;
}

void DevelopmentPage::advanceSelected()
{
    if (!m_detail->hasEntry())
        return;
    if (const QStringList problems = m_detail->problems(); !problems.isEmpty()) {
        QMessageBox::warning(this, tr("Not saved"), problems.join(QLatin1Char('\n')));
        return;
    }
    const qint64 id = m_detail->person().id;
    AdvanceDialog dialog(*m_service, m_detail->person(), m_detail->record(), m_workspace.clock().today(),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectMember(id);
    emit memberChanged(id);
}

void DevelopmentPage::editPlan()
{
    if (m_orgId <= 0)
        return;
    const int year = m_workspace.clock().today().year();
    const DevelopmentPlan plan =
        m_service->repository().plan(m_orgId, year).value_or(DevelopmentPlan{m_orgId, year});
    const Organisation* org = m_tree.organisation(m_orgId);
    DevelopmentPlanDialog dialog(*m_service, plan, org ? org->name : QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadPlan();
}

QList<TableReport> DevelopmentPage::reports() const
{
    const QDate today = m_workspace.clock().today();
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    const Organisation* org = m_tree.organisation(m_orgId);
    const QString orgName = org ? org->name : tr("All organisations");
    TableReport pipeline = pipelineReport(m_entries, names, today, orgName);
    if (m_orgId > 0)
        pipeline.subtitle += QStringLiteral("  ") + m_plan->text();
    return {pipeline, probationReport(probationsDue(m_entries, today), names, today, orgName)};
}

void DevelopmentPage::exportReports(bool pdf)
{
    const Organisation* org = m_tree.organisation(m_orgId);
    partydesk::exportReports(
        this, m_workspace, QStringLiteral("development"), reports(),
        pdf ? ReportFormat::Pdf : ReportFormat::Xlsx,
        tr("Development %1 %2")
            .arg(org ? org->name : tr("all"), m_workspace.clock().today().toString(Qt::ISODate)));
}

} // namespace partydesk
