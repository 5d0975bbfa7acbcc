#include "WishesPage.h"

namespace partydesk {

WishesPage::WishesPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void WishesPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void WishesPage::showRecord(qint64) {}

} // namespace partydesk
