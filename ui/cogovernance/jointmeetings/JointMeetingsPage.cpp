#include "JointMeetingsPage.h"

namespace partydesk {

JointMeetingsPage::JointMeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
}

void JointMeetingsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
}

void JointMeetingsPage::showRecord(qint64) {}

} // namespace partydesk
