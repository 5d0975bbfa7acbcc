#include "UnitsPage.h"

namespace partydesk {

UnitsPage::UnitsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void UnitsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void UnitsPage::showRecord(qint64) {}

} // namespace partydesk
