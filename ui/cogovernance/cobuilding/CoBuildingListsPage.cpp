#include "CoBuildingListsPage.h"

namespace partydesk {

CoBuildingListsPage::CoBuildingListsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void CoBuildingListsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void CoBuildingListsPage::showRecord(qint64) {}

} // namespace partydesk
