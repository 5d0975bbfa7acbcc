#include "CoBuildingListsPage.h"

#include "CoBuildingDialogs.h"
#include "cogovernance/CoBuildingQueries.h"
#include "cogovernance/CoBuildingReports.h"
#include "cogovernance/CoBuildingService.h"
#include "cogovernance/CommitteeScope.h"
#include "development/OverdueStyle.h"
#include "dues/DuesRecords.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QTableView* listView(QStandardItemModel* model, const char* name)
{
    QTableView* view = recordList(model, name);
    view->setWordWrap(false);
    return view;
}

QStandardItem* item(const QString& text, qint64 id = 0)
{
    auto* cell = new QStandardItem(text);
    cell->setEditable(false);
    if (id)
        cell->setData(id, Qt::UserRole);
    return cell;
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QComboBox* statusFilter(const QStringList& codes, const QStringList& names, const char* name)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(name));
    combo->addItem(QCoreApplication::translate("CoBuildingListsPage", "Every status"), QString());
    for (int i = 0; i < codes.size(); ++i)
        combo->addItem(names[i], codes[i]);
    return combo;
}

QWidget* tabWith(QWidget* filter, QPushButton* add, QTableView* view)
{
    auto* tab = new QWidget;
    auto* row = new QHBoxLayout;
    row->addWidget(filter);
    row->addStretch();
    row->addWidget(add);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return tab;
}

} // namespace

CoBuildingListsPage::CoBuildingListsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree),
      m_service(std::make_unique<CoBuildingService>(workspace))
{
    setObjectName(QStringLiteral("CoBuildingListsPage"));
    m_needStatus = statusFilter(needStatuses(),
                                {needStatusName(NeedStatus::open), needStatusName(NeedStatus::matched),
                                 needStatusName(NeedStatus::met), needStatusName(NeedStatus::dropped)},
                                "needStatusFilter");
    m_resourceStatus =
        statusFilter({resourceOffered, resourceWithdrawn, resourceUnused},
                     {tr("On offer"), tr("Withdrawn"), tr("Never used")}, "resourceStatusFilter");
    QStringList projectNames;
    for (const QString& status : projectStatuses())
        projectNames << projectStatusName(status);
    m_projectStatus = statusFilter(projectStatuses() << projectOverdue, projectNames << tr("Overdue"),
                                   "projectStatusFilter");
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("Every year"));
    m_year->setValue(1999);
    m_newNeed = new QPushButton(tr("New &need…"));
    m_newNeed->setObjectName(QStringLiteral("newNeedButton"));
    m_newResource = new QPushButton(tr("New &resource…"));
    m_newResource->setObjectName(QStringLiteral("newResourceButton"));
    m_newProject = new QPushButton(tr("New &project…"));
    m_newProject->setObjectName(QStringLiteral("newProjectButton"));
    connect(m_newNeed, &QPushButton::clicked, this, &CoBuildingListsPage::addNeed);
    connect(m_newResource, &QPushButton::clicked, this, &CoBuildingListsPage::addResource);
    connect(m_newProject, &QPushButton::clicked, this, &CoBuildingListsPage::addProject);

    m_needsModel = new QStandardItemModel(this);
    m_resourcesModel = new QStandardItemModel(this);
    m_projectsModel = new QStandardItemModel(this);
    m_needsView = listView(m_needsModel, "needsView");
    m_resourcesView = listView(m_resourcesModel, "resourcesView");
    m_projectsView = listView(m_projectsModel, "projectsView");
    connect(m_needsView, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { editRow(0, i); });
    connect(m_resourcesView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editRow(1, i); });
    connect(m_projectsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { editRow(2, i); });

    m_tabs = new QTabWidget;
    m_tabs->addTab(tabWith(m_needStatus, m_newNeed, m_needsView), tr("Needs"));
    m_tabs->addTab(tabWith(m_resourceStatus, m_newResource, m_resourcesView), tr("Resources"));
    m_tabs->addTab(tabWith(m_projectStatus, m_newProject, m_projectsView), tr("Projects"));

    auto* output = new QToolButton;
    output->setText(tr("Print or e&xport"));
    output->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(output);
    QAction* excel = menu->addAction(tr("The three lists to Excel…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("co-building lists"), reports(), ReportFormat::Xlsx,
                      tr("co-building lists.xlsx"));
    });
    PageCommands::offer(excel, PageCommand::Export);
    menu->addAction(tr("The three lists as PDF…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("co-building lists"), reports(), ReportFormat::Pdf,
                      tr("co-building lists.pdf"));
    });
    QAction* preview = menu->addAction(tr("Print preview…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("co-building lists"), reports());
    });
    PageCommands::offer(preview, PageCommand::Print);
    output->setMenu(menu);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Year")));
    header->addWidget(m_year);
    header->addStretch();
    header->addWidget(output);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    for (QComboBox* filter : {m_needStatus, m_resourceStatus, m_projectStatus})
        connect(filter, &QComboBox::currentIndexChanged, this, &CoBuildingListsPage::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &CoBuildingListsPage::reload);
}

CoBuildingListsPage::~CoBuildingListsPage() = default;

void CoBuildingListsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void CoBuildingListsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void CoBuildingListsPage::reload()
{
    const QList<Organisation>& organisations = m_tree.organisations();
    m_committee = committeeOf(organisations, m_orgId);
    m_committees = committeesUnder(organisations, m_orgId);
    const QString why = tr("Choose a community in the organisation tree to add to its lists.");
    for (QPushButton* button : {m_newNeed, m_newResource, m_newProject}) {
        button->setEnabled(m_committee != 0);
        button->setToolTip(m_committee ? QString() : why);
    }
    const QDate today = m_workspace.clock().today();
    const int year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    QSqlDatabase db = m_workspace.database();
    m_needs = cogovNeeds(db, m_committees, {m_needStatus->currentData().toString(), year, today});
    m_resources = cogovResources(db, m_committees, {m_resourceStatus->currentData().toString(), year, today});
    m_projects = cogovProjects(db, m_committees, {m_projectStatus->currentData().toString(), year, today});

    m_needsModel->clear();
    m_needsModel->setHorizontalHeaderLabels({tr("Need"), tr("Category"), tr("Grid"), tr("Raised on"),
                                             tr("Status"), tr("Closed on"), tr("Project")});
    for (const CogovNeed& n : m_needs)
        m_needsModel->appendRow({item(n.title, n.id), item(n.category), item(n.gridName),
                                 item(day(n.raisedOn)), item(needStatusName(n.status)), item(day(n.closedOn)),
                                 item(n.projectTitles.join(QStringLiteral("；")))});
    m_resourcesModel->clear();
    m_resourcesModel->setHorizontalHeaderLabels(
        {tr("Resource"), tr("Unit"), tr("Category"), tr("Offered on"), tr("Withdrawn on"), tr("Used by")});
    for (const CogovResource& r : m_resources)
        m_resourcesModel->appendRow({item(r.title, r.id), item(r.unitName), item(r.category),
                                     item(day(r.offeredOn)), item(day(r.withdrawnOn)),
                                     item(r.projectTitles.join(QStringLiteral("；")))});
    m_projectsModel->clear();
    m_projectsModel->setHorizontalHeaderLabels({tr("Project"), tr("Lead unit"), tr("Budget"), tr("Due"),
                                                tr("Status"), tr("Needs"), tr("Resources"), tr("Units")});
    for (const CogovProject& p : m_projects) {
        QList<QStandardItem*> row = {item(p.title, p.id),
                                     item(p.leadUnitName),
                                     item(yuanText(p.budget)),
                                     item(day(p.dueOn)),
                                     item(projectStatusName(p.status)),
                                     item(p.needTitles.join(QStringLiteral("；"))),
                                     item(p.resourceTitles.join(QStringLiteral("；"))),
                                     item(p.unitNames.join(QStringLiteral("；")))};
        if (isOverdue(p, today))
            for (QStandardItem* cell : row) {
                cell->setForeground(overdueBrush());
                cell->setToolTip(tr("Overdue: due on %1 and not done").arg(day(p.dueOn)));
            }
        m_projectsModel->appendRow(row);
    }
}

QList<TableReport> CoBuildingListsPage::reports() const
{
    QString scope;
    for (const Organisation& org : m_tree.organisations())
        if (org.id == m_orgId)
            scope = org.name;
    return coBuildingListReports(m_needs, m_resources, m_projects, scope, m_workspace.clock().today());
}

void CoBuildingListsPage::addNeed()
{
    CogovNeed need;
    need.committeeId = m_committee;
    need.raisedOn = m_workspace.clock().today();
    NeedDialog dialog(*m_service, need, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_needsView, dialog.savedId());
    }
}

namespace {

QList<CoBuildingUnit> unitsOf(QSqlDatabase db, qint64 committee)
{
    QList<CoBuildingUnit> units;
    for (const UnitSummary& s : coBuildingUnits(db, {committee}))
        units << s.unit;
    return units;
}

} // namespace

void CoBuildingListsPage::addResource()
{
    CogovResource resource;
    resource.offeredOn = m_workspace.clock().today();
    ResourceDialog dialog(*m_service, unitsOf(m_workspace.database(), m_committee), resource, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_resourcesView, dialog.savedId());
    }
}

void CoBuildingListsPage::addProject()
{
    CogovProject project;
    project.committeeId = m_committee;
    QSqlDatabase db = m_workspace.database();
    ProjectDialog dialog(*m_service, unitsOf(db, m_committee), cogovNeeds(db, {m_committee}),
                         cogovResources(db, {m_committee}, {resourceOffered, 0, {}}), project, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(m_projectsView, dialog.savedId());
    }
}

void CoBuildingListsPage::editRow(int tab, const QModelIndex& index)
{
    const qint64 id = index.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
    QSqlDatabase db = m_workspace.database();
    const bool editable = m_committee != 0;
    int result = QDialog::Rejected;
    if (tab == 0) {
        NeedDialog dialog(*m_service, cogovNeed(db, id), this);
        dialog.setEnabled(editable);
        result = dialog.exec();
    } else if (tab == 1) {
        const CogovResource resource = cogovResource(db, id);
        ResourceDialog dialog(*m_service, unitsOf(db, resource.committeeId), resource, this);
        dialog.setEnabled(editable);
        result = dialog.exec();
    } else {
        const CogovProject project = cogovProject(db, id);
        ProjectDialog dialog(*m_service, unitsOf(db, project.committeeId),
                             cogovNeeds(db, {project.committeeId}), cogovResources(db, {project.committeeId}),
                             project, this);
        dialog.setEnabled(editable);
        result = dialog.exec();
    }
    if (result == QDialog::Accepted) {
        reload();
        selectId(tab == 0 ? m_needsView : tab == 1 ? m_resourcesView : m_projectsView, id);
    }
}

bool CoBuildingListsPage::selectId(QTableView* view, qint64 id)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; id > 0 && row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::UserRole).toLongLong() == id) {
            view->selectRow(row);
            view->scrollTo(model->index(row, 0));
            return true;
        }
    return false;
}

void CoBuildingListsPage::showRecord(qint64 recordId)
{
    if (recordId <= 0)
        return;
    reload();
    const QList<QTableView*> views = {m_projectsView, m_needsView, m_resourcesView};
    const int tabs[] = {2, 0, 1};
    for (int i = 0; i < views.size(); ++i)
        if (selectId(views[i], recordId)) {
            m_tabs->setCurrentIndex(tabs[i]);
            return;
        }
}

} // namespace partydesk
