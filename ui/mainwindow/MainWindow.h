#pragma once

#include "help/PageCommands.h"
#include "home/Agenda.h"

#include <QMainWindow>
#include <QMap>

class QMenu;
class QTabWidget;
class QTreeView;

namespace partydesk {

class ChangesElsewhere;
class AppraisalPage;
class CoGovernancePage;
class DevelopmentPage;
class DuesPage;
class HelpWindow;
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
    // Stops following focus and tab changes before the pages go (MainWindowMenus.cpp).
    ~MainWindow() override;

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
    // The page showing, and the chapter of the manual for it (F1): the topic the page or the part of
    // it that has the keyboard focus names (help/HelpTopics).
    QWidget* currentPage() const;
    QString currentHelpTopic() const;
    // 帮助 → 使用手册 (F1): the help window at the topic, opened once and brought back.
    void showHelp(const QString& topic);
    HelpWindow* helpWindow() const { return m_help; }
    // 新建, 删除, 打印, 导出, 保存, 刷新, 查找: the same keys on every page, done by what the page showing
    // offers (help/PageCommands). False when it offers none.
    bool runPageCommand(PageCommand command);
    QAction* pageCommandAction(PageCommand command) const { return m_pageActions.value(command); }

private:
    // The menus and their keys (MainWindowMenus.cpp).
    void buildMenus();
    void buildEditMenu(QMenu* edit);
    void buildViewMenu(QMenu* view);
    void buildHelpMenu(QMenu* help);
    void updatePageActions();
    void refresh();
    void showChangesElsewhere(ChangesElsewhere* changes);
    void exportManual();
    void reloadOrganisations(qint64 selectId);
    void showOrganisations(qint64 selectId, bool withCounts);
    void onTreeSelection();
    void onMemberCountsChanged();
    void chooseLanguage(const QString& language);
    void switchWorkspace(bool create);
    void connectToServer();
    void showBackups();
    void showPackages();
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
    HelpWindow* m_help = nullptr;
    QMap<PageCommand, QAction*> m_pageActions;
};

} // namespace partydesk
