#include "InServicePage.h"

namespace partydesk {

InServicePage::InServicePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void InServicePage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void InServicePage::showRecord(qint64) {}

} // namespace partydesk
