#include "FundPage.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/FundReport.h"
#include "dues/DuesRecords.h"
#include "FundDialogs.h"
#include "FundModels.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

FundPage::FundPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree), m_fund(workspace)
{
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_budget = new QLineEdit;
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setMaximumWidth(120);
    m_setBudget = namedButton(tr("Set budget"), "setBudget");
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c00000"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year")));
    top->addWidget(m_year);
    top->addWidget(new QLabel(tr("Budget (yuan)")));
    top->addWidget(m_budget);
    top->addWidget(m_setBudget);
    top->addStretch();

    auto* newProject = namedButton(tr("New project…"), "newProject");
    auto* editProject = namedButton(tr("Edit project…"), "editProject");
    auto* removeProject = namedButton(tr("Delete project"), "deleteProject");
    auto* evaluation = namedButton(tr("Evaluation…"), "evaluation");
    auto* print = namedButton(tr("Print report…"), "print");
    auto* pdf = namedButton(tr("Export PDF…"), "exportPdf");
    auto* xlsx = namedButton(tr("Export Excel…"), "exportXlsx");
    PageCommands::offer(newProject, PageCommand::New);
    PageCommands::offer(removeProject, PageCommand::Delete);
    PageCommands::offer(print, PageCommand::Print);
    PageCommands::offer(xlsx, PageCommand::Export);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {newProject, editProject, removeProject, evaluation})
        actions->addWidget(b);
    actions->addStretch();
    for (QPushButton* b : {print, pdf, xlsx})
        actions->addWidget(b);
    m_communityOnly = {m_setBudget, newProject, editProject, removeProject, evaluation, print, pdf, xlsx};

    m_projects = new FundProjectsModel(this);
    m_projectsView = recordList(nullptr, "projects");
    m_projectsView->setModel(m_projects);
    m_spending = new FundSpendingModel(this);
    m_spendingView = recordList(nullptr, "spending");
    m_spendingView->setModel(m_spending);
    auto* addSpending = namedButton(tr("Add spending…"), "addSpending");
    auto* editSpending = namedButton(tr("Edit spending…"), "editSpending");
    auto* removeSpending = namedButton(tr("Delete spending"), "deleteSpending");
    auto* scan = namedButton(tr("View receipt scan"), "viewScan");
    m_communityOnly << addSpending << editSpending << removeSpending;
    auto* spendingButtons = new QHBoxLayout;
    spendingButtons->addWidget(new QLabel(tr("Spending of the selected project")));
    spendingButtons->addStretch();
    for (QPushButton* b : {addSpending, editSpending, removeSpending, scan})
        spendingButtons->addWidget(b);
    auto* spendingPane = new QWidget;
    auto* spendingLayout = new QVBoxLayout(spendingPane);
    spendingLayout->setContentsMargins(0, 0, 0, 0);
    spendingLayout->addLayout(spendingButtons);
    spendingLayout->addWidget(m_spendingView);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_projectsView);
    splitter->addWidget(spendingPane);

    m_totals = new QStandardItemModel(this);
    m_totalsView = recordList(nullptr, "totals");
    m_totalsView->setModel(m_totals);
    m_stack = new QStackedWidget;
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_totalsView);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_setBudget, &QPushButton::clicked, this, &FundPage::setBudget);
    connect(newProject, &QPushButton::clicked, this, [this] { this->editProject(true); });
    connect(editProject, &QPushButton::clicked, this, [this] { this->editProject(false); });
    connect(m_projectsView, &QTableView::doubleClicked, this, [this] { this->editProject(false); });
    connect(removeProject, &QPushButton::clicked, this, &FundPage::deleteProject);
    connect(evaluation, &QPushButton::clicked, this, [this] {
        FundEvaluationDialog dialog(m_fund, m_committee, m_year->value(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(print, &QPushButton::clicked, this, [this] { output(0); });
    connect(pdf, &QPushButton::clicked, this, [this] { output(1); });
    connect(xlsx, &QPushButton::clicked, this, [this] { output(2); });
    connect(m_projectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundPage::reloadSpending);
    connect(addSpending, &QPushButton::clicked, this, [this] { this->editSpending(true); });
    connect(editSpending, &QPushButton::clicked, this, [this] { this->editSpending(false); });
    connect(m_spendingView, &QTableView::doubleClicked, this, [this] { this->editSpending(false); });
    connect(removeSpending, &QPushButton::clicked, this, &FundPage::deleteSpending);
    connect(scan, &QPushButton::clicked, this, &FundPage::showScan);
}

void FundPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void FundPage::setYear(int year)
{
    m_year->setValue(year);
}

void FundPage::showRecord(qint64 recordId)
{
    if (recordId <= 0)
        return;
    const FundProjectRecord p = m_fund.project(recordId);
    if (p.id == 0)
        return;
    m_pendingRecord = recordId;
    if (m_year->value() != p.approvedOn.year())
        m_year->setValue(p.approvedOn.year()); // reloads
    else
        reload();
}

void FundPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void FundPage::reload()
{
    const QList<Organisation>& organisations = m_tree.organisations();
    m_committee = committeeOf(organisations, m_orgId);
    const int year = m_year->value();
    const QString chooseCommunity = tr("Choose a community in the tree to work on its fund.");
    for (QPushButton* b : m_communityOnly) {
        b->setEnabled(m_committee != 0);
        b->setToolTip(m_committee ? QString() : chooseCommunity);
    }
    m_budget->setEnabled(m_committee != 0);
    m_message->clear();
    if (m_committee == 0) {
        m_stack->setCurrentIndex(1);
        m_totals->clear();
        m_totals->setHorizontalHeaderLabels({tr("Community"), tr("Budget"), tr("Approved"), tr("Spent"),
                                             tr("Balance"), tr("Execution rate")});
        FundYearFacts all;
        for (qint64 committee : committeesUnder(organisations, m_orgId)) {
            const FundYearFacts f = m_fund.facts({committee}, year);
            QString name;
            for (const Organisation& org : organisations)
                if (org.id == committee)
                    name = org.name;
            QList<QStandardItem*> row{new QStandardItem(name)};
            for (Fen value : {f.budget, f.approved, f.spent, f.balance}) {
                auto* item = new QStandardItem(yuanText(value));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                row << item;
            }
            row << new QStandardItem(executionRateText(f.spent, f.budget));
            m_totals->appendRow(row);
            all.budget += f.budget;
            all.approved += f.approved;
            all.spent += f.spent;
            all.balance += f.balance;
        }
        m_budget->clear();
        m_figures->setText(
            tr("All communities: budget %1, approved %2, spent %3, balance %4 yuan; execution rate %5.")
                .arg(yuanText(all.budget), yuanText(all.approved), yuanText(all.spent), yuanText(all.balance),
                     executionRateText(all.spent, all.budget)));
        m_projects->setProjects({});
        m_spending->setSpending({});
        return;
    }
    m_stack->setCurrentIndex(0);
    const FundYearView v = m_fund.year(m_committee, year);
    if (v.budgetSet)
        m_budget->setText(yuanText(v.figures.budget));
    else {
        bool lastSet = false;
        const Fen last = m_fund.budget(m_committee, year - 1, &lastSet);
        m_budget->setText(lastSet ? yuanText(last) : QString()); // a new year starts from last year's
    }
    const FundYear& f = v.figures;
    m_figures->setText(
        (v.budgetSet ? QString() : tr("No budget set for %1. ").arg(year)) +
        tr("Budget %1 · approved %2 · spent %3 · balance %4 · uncommitted %5 yuan · execution rate %6")
            .arg(yuanText(f.budget), yuanText(f.approved), yuanText(f.spent), yuanText(f.balance),
                 yuanText(f.uncommitted), executionRateText(f.spent, f.budget)));
    const qint64 keep = m_pendingRecord ? m_pendingRecord : selectedProject();
    m_pendingRecord = 0;
    m_projects->setProjects(v.projects);
    const int row = m_projects->rowOf(keep);
    if (row >= 0)
        m_projectsView->selectRow(row);
    reloadSpending();
}

void FundPage::reloadSpending()
{
    const qint64 project = selectedProject();
    m_spending->setSpending(project ? m_fund.spending(project) : QList<FundSpendingRecord>{});
}

qint64 FundPage::selectedProject() const
{
    const FundProjectRecord* p = m_projects->project(m_projectsView->currentIndex().row());
    return p && m_projectsView->selectionModel()->hasSelection() ? p->id : 0;
}

qint64 FundPage::selectedSpending() const
{
    const FundSpendingRecord* s = m_spending->spending(m_spendingView->currentIndex().row());
    return s ? s->id : 0;
}

void FundPage::showResult(const ServiceResult& result)
{
    m_message->setText(result.ok() ? QString() : result.message);
}

void FundPage::setBudget()
{
    Fen budget = 0;
    if (!parseYuan(m_budget->text(), &budget)) {
        m_message->setText(tr("Type the budget in yuan, e.g. 500000."));
        return;
    }
    const ServiceResult result = m_fund.setBudget(m_committee, m_year->value(), budget);
    reload();
    showResult(result);
}

void FundPage::editProject(bool isNew)
{
    FundProjectRecord p;
    if (isNew) {
        p.committeeId = m_committee;
        const QDate today = m_workspace.clock().today();
        p.approvedOn = m_year->value() == today.year() ? today : QDate(m_year->value(), 1, 1);
    } else {
        const qint64 id = selectedProject();
        if (!id)
            return;
        p = m_fund.project(id);
    }
    FundProjectDialog dialog(m_fund, p, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FundPage::deleteProject()
{
    const qint64 id = selectedProject();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete project"), tr("Delete the selected project?")) !=
        QMessageBox::Yes)
        return;
    const ServiceResult result = m_fund.deleteProject(id);
    reload();
    showResult(result);
}

void FundPage::editSpending(bool isNew)
{
    const qint64 project = selectedProject();
    if (!project) {
        m_message->setText(tr("Select a project first."));
        return;
    }
    FundSpendingRecord s;
    if (isNew) {
        s.projectId = project;
        s.spentOn = m_workspace.clock().today();
    } else {
        const FundSpendingRecord* current = m_spending->spending(m_spendingView->currentIndex().row());
        if (!current)
            return;
        s = *current;
    }
    FundSpendingDialog dialog(m_fund, s, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void FundPage::deleteSpending()
{
    const qint64 id = selectedSpending();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete spending"), tr("Delete the selected spending record?")) !=
        QMessageBox::Yes)
        return;
    const ServiceResult result = m_fund.deleteSpending(id);
    reload();
    showResult(result);
}

void FundPage::showScan()
{
    const qint64 id = selectedSpending();
    const QImage image = id ? QImage::fromData(m_fund.receipt(id), "JPEG") : QImage();
    if (image.isNull()) {
        m_message->setText(tr("No receipt scan is kept for the selected spending."));
        return;
    }
    auto* label = new QLabel;
    label->setPixmap(QPixmap::fromImage(image));
    auto* area = new QScrollArea;
    area->setAttribute(Qt::WA_DeleteOnClose);
    area->setWindowTitle(tr("Receipt scan"));
    area->setWidget(label);
    area->resize(800, 600);
    area->show();
}

void FundPage::output(int kind)
{
    QString name;
    for (const Organisation& org : m_tree.organisations())
        if (org.id == m_committee)
            name = org.name;
    const int year = m_year->value();
    const QList<TableReport> reports = fundYearReport(m_fund, m_committee, year, name);
    const QString what = tr("Service fund report %1").arg(year);
    const QString file = tr("Service fund %1 %2").arg(name).arg(year);
    if (kind == 0)
        previewReports(this, m_workspace, what, reports);
    else
        exportReports(this, m_workspace, what, reports, kind == 1 ? ReportFormat::Pdf : ReportFormat::Xlsx,
                      file);
}

} // namespace partydesk
