#pragma once

#include <QWidget>

namespace partydesk {

class OrganisationTreeModel;
class Workspace;

// 联席会议 with decisions and follow-up, and the rotating chair's rota.
class JointMeetingsPage : public QWidget
{
    Q_OBJECT

public:
    JointMeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one); 0 or unknown: nothing.
    void showRecord(qint64 recordId);

private:
    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
};

} // namespace partydesk
