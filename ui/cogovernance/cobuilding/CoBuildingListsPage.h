#pragma once

#include <QWidget>

namespace partydesk {

class OrganisationTreeModel;
class Workspace;

// The big committee's three lists (需求清单, 资源清单, 项目清单).
class CoBuildingListsPage : public QWidget
{
    Q_OBJECT

public:
    CoBuildingListsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one); 0 or unknown: nothing.
    void showRecord(qint64 recordId);

private:
    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
};

} // namespace partydesk
