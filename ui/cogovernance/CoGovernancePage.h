#pragma once

#include <QWidget>

class QTabWidget;

namespace partydesk {

class CoBuildingListsPage;
class FundPage;
class InServicePage;
class JointMeetingsPage;
class OrganisationTreeModel;
class UnitsPage;
class WishesPage;
class Workspace;

// 共建共治: the community's work with residents, in-service members and co-building units, one tab
// per part. Each part is its own page; this only holds them and passes the selection on.
class CoGovernancePage : public QWidget
{
    Q_OBJECT

public:
    enum class Part
    {
        InService,
        Wishes,
        Lists,
        JointMeetings,
        Units,
        Fund
    };

    CoGovernancePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Brings a part to the front, at one of its records when given.
    void showPart(Part part, qint64 recordId = 0);
    Part currentPart() const;

    InServicePage* inServicePage() const { return m_inService; }
    WishesPage* wishesPage() const { return m_wishes; }
    CoBuildingListsPage* listsPage() const { return m_lists; }
    JointMeetingsPage* jointMeetingsPage() const { return m_jointMeetings; }
    UnitsPage* unitsPage() const { return m_units; }
    FundPage* fundPage() const { return m_fund; }

private:
    QTabWidget* m_tabs = nullptr;
    InServicePage* m_inService = nullptr;
    WishesPage* m_wishes = nullptr;
    CoBuildingListsPage* m_lists = nullptr;
    JointMeetingsPage* m_jointMeetings = nullptr;
    UnitsPage* m_units = nullptr;
    FundPage* m_fund = nullptr;
};

} // namespace partydesk
