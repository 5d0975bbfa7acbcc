#include "FundPage.h"

namespace partydesk {

FundPage::FundPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void FundPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void FundPage::showRecord(qint64) {}

} // namespace partydesk
