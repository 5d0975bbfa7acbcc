#pragma once

#include "cogovernance/CoBuildingRecords.h"
#include "report/TableReport.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace partydesk {

class CoBuildingService;
class OrganisationTreeModel;
class Workspace;

// The big committee's three lists (需求清单, 资源清单, 项目清单). Inside a community it edits that
// community's lists; above it (a street) it lists every community's, read only.
class CoBuildingListsPage : public QWidget
{
    Q_OBJECT

public:
    CoBuildingListsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    ~CoBuildingListsPage() override;

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one); 0 or unknown: nothing.
    // Looks among projects first (the home page's overdue projects), then needs, then resources.
    void showRecord(qint64 recordId);

    QStandardItemModel* needsModel() const { return m_needsModel; }
    QStandardItemModel* resourcesModel() const { return m_resourcesModel; }
    QStandardItemModel* projectsModel() const { return m_projectsModel; }
    // The three lists as exported and printed (a sheet each).
    QList<TableReport> reports() const;

public slots:
    void addNeed();
    void addResource();
    void addProject();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void editRow(int tab, const QModelIndex& index);
    bool selectId(QTableView* view, qint64 id);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    std::unique_ptr<CoBuildingService> m_service;
    qint64 m_orgId = 0;
    qint64 m_committee = 0;
    QList<qint64> m_committees;
    QList<CogovNeed> m_needs;
    QList<CogovResource> m_resources;
    QList<CogovProject> m_projects;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_needStatus = nullptr;
    QComboBox* m_resourceStatus = nullptr;
    QComboBox* m_projectStatus = nullptr;
    QSpinBox* m_year = nullptr;
    QPushButton* m_newNeed = nullptr;
    QPushButton* m_newResource = nullptr;
    QPushButton* m_newProject = nullptr;
    QStandardItemModel* m_needsModel = nullptr;
    QStandardItemModel* m_resourcesModel = nullptr;
    QStandardItemModel* m_projectsModel = nullptr;
    QTableView* m_needsView = nullptr;
    QTableView* m_resourcesView = nullptr;
    QTableView* m_projectsView = nullptr;
};

} // namespace partydesk
