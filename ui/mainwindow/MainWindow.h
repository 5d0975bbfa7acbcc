#pragma once

#include "home/Agenda.h"

#include <QMainWindow>

class QTabWidget;
class QTreeView;

namespace partydesk {

class AppraisalPage;
class CoGovernancePage;
class DevelopmentPage;
class DuesPage;
class HomePage;
class OrganisationPage;
class OrganisationTreeModel;
class MeetingsPage;
class RatingPage;
class RosterPage;
class SecurityMenu;
class StatisticsPage;
class TransfersPage;
class UndoHistory;
class Workspace;

// Wires the organisation tree to the pages; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Home,
        Roster,
        Organisation,
        Statistics,
        Rating,
        Meetings,
        Development,
        Transfers,
        Dues,
        Appraisal,
        CoGovernance
    };

    MainWindow(Workspace& workspace, const QString& databasePath, QWidget* parent = nullptr);

    void showPage(Page page);
    void selectOrganisation(qint64 orgId);
    HomePage* homePage() const { return m_home; }
    RosterPage* rosterPage() const { return m_roster; }
    OrganisationPage* organisationPage() const { return m_organisation; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    RatingPage* ratingPage() const { return m_rating; }
    MeetingsPage* meetingsPage() const { return m_meetingsPage; }
    DevelopmentPage* developmentPage() const { return m_development; }
    TransfersPage* transfersPage() const { return m_transfers; }
    DuesPage* duesPage() const { return m_dues; }
    AppraisalPage* appraisalPage() const { return m_appraisal; }
    CoGovernancePage* coGovernancePage() const { return m_coGovernance; }
    QTreeView* treeView() const { return m_treeView; }
    // 安全: users, audit trail, lock; enables what the signed-in user's role allows.
    SecurityMenu* securityMenu() const { return m_security; }
    // The workspace's undo history (编辑 → 撤销/重做), shared by the pages.
    UndoHistory* undoHistory() const { return m_undo; }
    // The first start of the day backs the workspace up in the background (see StartOfDayBackup).
    void startOfDayBackup();

private:
    void buildMenus();
    void reloadOrganisations(qint64 selectId);
    void showOrganisations(qint64 selectId, bool withCounts);
    void onTreeSelection();
    void onMemberCountsChanged();
    void chooseLanguage(const QString& language);
    void switchWorkspace(bool create);
    void showBackups();
    // Opens what a line of the home page names (MainWindowNavigation.cpp).
    void openFromHome(AgendaPlace place, qint64 orgId, qint64 memberId, qint64 recordId);

    Workspace& m_workspace;
    QString m_databasePath;
    OrganisationTreeModel* m_tree = nullptr;
    QTreeView* m_treeView = nullptr;
    QTabWidget* m_tabs = nullptr;
    HomePage* m_home = nullptr;
    RosterPage* m_roster = nullptr;
    OrganisationPage* m_organisation = nullptr;
    StatisticsPage* m_statistics = nullptr;
    RatingPage* m_rating = nullptr;
    MeetingsPage* m_meetingsPage = nullptr;
    DevelopmentPage* m_development = nullptr;
    TransfersPage* m_transfers = nullptr;
    DuesPage* m_dues = nullptr;
    AppraisalPage* m_appraisal = nullptr;
    CoGovernancePage* m_coGovernance = nullptr;
    SecurityMenu* m_security = nullptr;
    UndoHistory* m_undo = nullptr;
};

} // namespace partydesk
