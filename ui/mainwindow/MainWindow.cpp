#include "MainWindow.h"

#include "appraisal/AppraisalPage.h"
#include "AppSettings.h"
#include "backup/BackupDialog.h"
#include "backup/StartOfDayBackup.h"
#include "cogovernance/CoGovernancePage.h"
#include "development/DevelopmentPage.h"
#include "dues/DuesPage.h"
#include "home/HomePage.h"
#include "meetings/MeetingsPage.h"
#include "models/OrganisationTreeModel.h"
#include "organisation/OrganisationPage.h"
#include "package/PackageDialog.h"
#include "rating/RatingPage.h"
#include "roster/RosterPage.h"
#include "security/SecurityMenu.h"
#include "server/ServerConnectDialog.h"
#include "statistics/StatisticsPage.h"
#include "storage/ChangesElsewhere.h"
#include "storage/SqlDialect.h"
#include "transfers/TransfersPage.h"
#include "undo/UndoHistory.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace partydesk {

MainWindow::MainWindow(Workspace& workspace, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace), m_databasePath(databasePath)
{
    // A workspace that cannot be written says so where the user looks first.
    setWindowTitle(workspace.writeGate().readOnly() ? tr("Community Party-Building Desk (read-only)")
                                                    : tr("Community Party-Building Desk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_tree = new OrganisationTreeModel(this);
    m_treeView = new QTreeView;
    m_treeView->setObjectName(QStringLiteral("organisationTree"));
    m_treeView->setModel(m_tree);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(OrganisationTreeModel::NameColumn, QHeaderView::Stretch);
    m_treeView->header()->setSectionResizeMode(OrganisationTreeModel::MembersColumn,
                                               QHeaderView::ResizeToContents);
    m_treeView->setUniformRowHeights(true);

    m_home = new HomePage(workspace, *m_tree);
    m_roster = new RosterPage(workspace, *m_tree);
    m_organisation = new OrganisationPage(workspace, *m_tree);
    m_statistics = new StatisticsPage(workspace, *m_tree);
    m_rating = new RatingPage(workspace, *m_tree);
    m_meetingsPage = new MeetingsPage(workspace, *m_tree);
    m_development = new DevelopmentPage(workspace, *m_tree);
    m_transfers = new TransfersPage(workspace, *m_tree);
    m_dues = new DuesPage(workspace, *m_tree);
    m_appraisal = new AppraisalPage(workspace, *m_tree);
    m_coGovernance = new CoGovernancePage(workspace, *m_tree);
    m_undo = new UndoHistory(workspace, this);
    m_undo->setWindow(this);
    m_roster->setUndoHistory(m_undo);
    m_organisation->setUndoHistory(m_undo);
    m_tabs = new QTabWidget;
    // The first screen: what needs doing.
    m_tabs->addTab(m_home, tr("Home"));
    m_tabs->addTab(m_roster, tr("Roster"));
    m_tabs->addTab(m_organisation, tr("Organisation"));
    m_tabs->addTab(m_statistics, tr("Statistics"));
    m_tabs->addTab(m_development, tr("Development"));
    m_tabs->addTab(m_transfers, tr("Transfers"));
    m_tabs->addTab(m_dues, tr("Dues"));
    m_tabs->addTab(m_meetingsPage, tr("Organisational life"));
    m_tabs->addTab(m_appraisal, tr("Appraisal"));
    m_tabs->addTab(m_coGovernance, tr("Co-governance"));
    m_tabs->addTab(m_rating, tr("Star rating"));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 1000});
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(
        new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(databasePath))));
    if (workspace.writeGate().readOnly()) {
        auto* readOnly = new QLabel(tr("Read-only: viewing and exporting only"));
        readOnly->setObjectName(QStringLiteral("readOnlyStatus"));
        readOnly->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
        readOnly->setToolTip(workspace.writeGate().refusal());
        statusBar()->addPermanentWidget(readOnly);
    }
    buildMenus();

    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelection);
    connect(m_roster, &RosterPage::membersChanged, this, [this] { reloadOrganisations(0); });
    connect(m_roster, &RosterPage::memberCountsChanged, this, &MainWindow::onMemberCountsChanged);
    connect(m_organisation, &OrganisationPage::organisationsChanged, this, &MainWindow::reloadOrganisations);
    connect(m_home, &HomePage::openRequested, this, &MainWindow::openFromHome);
    // Pages that change members: the roster's row and the tree's counts follow.
    connect(m_development, &DevelopmentPage::memberChanged, m_roster, &RosterPage::memberSaved);
    connect(m_transfers, &TransfersPage::transfersChanged, this, [this] {
        reloadOrganisations(0);
        m_roster->reload();
    });
    connect(m_transfers, &TransfersPage::memberActivated, this, [this](qint64 memberId) {
        showPage(Page::Roster);
        m_roster->selectMember(memberId);
    });
    connect(m_appraisal, &AppraisalPage::organisationChosen, this, &MainWindow::selectOrganisation);
    // Another window's or another clerk's saves show without pressing F5.
    auto* changes = new ChangesElsewhere(workspace.database(), ChangesElsewhere::defaultIntervalMs, this);
    connect(changes, &ChangesElsewhere::changed, this, [this, changes] { showChangesElsewhere(changes); });

    // The counts come with the roster: a district's take longer than the rest of the start-up.
    showOrganisations(0, false);
    m_roster->reload();
    resize(1280, 800);
}

void MainWindow::reloadOrganisations(qint64 selectId)
{
    showOrganisations(selectId, true);
}

void MainWindow::showOrganisations(qint64 selectId, bool withCounts)
{
    const qint64 keep = selectId > 0
                            ? selectId
                            : m_treeView->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong();
    if (withCounts)
        m_tree->setOrganisations(m_workspace.organisations().all(),
                                 m_workspace.organisations().memberCounts());
    else
        m_tree->setOrganisations(m_workspace.organisations().all());
    // Open the tree down to the communities; a district's 3,000 branches stay folded.
    for (int r = 0; r < m_tree->rowCount(); ++r) {
        const QModelIndex top = m_tree->index(r, 0);
        m_treeView->expand(top);
        if (m_tree->rowCount() == 1)
            for (int c = 0; c < m_tree->rowCount(top); ++c)
                if (m_tree->rowCount(top) <= 3)
                    m_treeView->expand(m_tree->index(c, 0, top));
    }
    if (selectId > 0)
        m_roster->refreshOrganisationNames();
    // One tree: start at its top. Several (a district's streets): start with all of them.
    const qint64 top =
        m_tree->rowCount() == 1 ? m_tree->index(0, 0).data(OrganisationTreeModel::OrgIdRole).toLongLong() : 0;
    selectOrganisation(keep > 0 ? keep : top);
}

void MainWindow::selectOrganisation(qint64 orgId)
{
    const QModelIndex index = m_tree->indexOf(orgId);
    m_treeView->setCurrentIndex(index); // none: every organisation
    if (index.isValid())
        m_treeView->scrollTo(index);
    onTreeSelection();
}

void MainWindow::onTreeSelection()
{
    const qint64 orgId = m_treeView->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong();
    m_home->setOrganisation(orgId);
    m_roster->setOrganisation(orgId);
    m_development->setOrganisation(orgId);
    m_transfers->setOrganisation(orgId);
    m_dues->setOrganisation(orgId);
    m_appraisal->setOrganisation(orgId);
    m_coGovernance->setOrganisation(orgId);
    m_organisation->setOrganisation(orgId);
    m_statistics->setOrganisation(orgId);
    m_meetingsPage->setOrganisation(orgId);
}

// The roster and the tree follow a saved member themselves; the other pages show counts too.
void MainWindow::onMemberCountsChanged()
{
    const qint64 orgId = m_treeView->currentIndex().data(OrganisationTreeModel::OrgIdRole).toLongLong();
    m_organisation->setOrganisation(orgId);
    m_statistics->setOrganisation(orgId);
    m_meetingsPage->setOrganisation(orgId);
}

void MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Home:
        m_tabs->setCurrentWidget(m_home);
        break;
    case Page::Roster:
        m_tabs->setCurrentWidget(m_roster);
        break;
    case Page::Organisation:
        m_tabs->setCurrentWidget(m_organisation);
        break;
    case Page::Statistics:
        m_tabs->setCurrentWidget(m_statistics);
        break;
    case Page::Rating:
        m_tabs->setCurrentWidget(m_rating);
        break;
    case Page::Meetings:
        m_tabs->setCurrentWidget(m_meetingsPage);
        break;
    case Page::Development:
        m_tabs->setCurrentWidget(m_development);
        break;
    case Page::Transfers:
        m_tabs->setCurrentWidget(m_transfers);
        break;
    case Page::Dues:
        m_tabs->setCurrentWidget(m_dues);
        break;
    case Page::Appraisal:
        m_tabs->setCurrentWidget(m_appraisal);
        break;
    case Page::CoGovernance:
        m_tabs->setCurrentWidget(m_coGovernance);
        break;
    }
}

// Another workspace opens in a fresh instance of the program: every page starts from that file,
// and this window closes (everything in it is already saved).
void MainWindow::switchWorkspace(bool create)
{
    const QString filter = tr("PartyDesk workspaces (*.sqlite);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New workspace"),
                             tr("\"%1\" already exists; choose a new file name, or open it instead.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path})) {
        QMessageBox::warning(this, tr("Open workspace"), tr("PartyDesk could not be started again."));
        return;
    }
    close();
}

// A server's workspace opens in a fresh instance too. The password travels in that process's
// environment (libpq's PGPASSWORD), never on its command line or on disk.
void MainWindow::connectToServer()
{
    ServerConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dialog.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    process.setProcessEnvironment(environment);
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), dialog.url()});
    if (!process.startDetached()) {
        QMessageBox::warning(this, tr("Connect to server"), tr("PartyDesk could not be started again."));
        return;
    }
    close();
}

void MainWindow::showBackups()
{
    if (onServer(m_workspace.database())) {
        QMessageBox::information(this, tr("Backups and Restore"),
                                 tr("This workspace is on the server %1. Its backups are made on the server "
                                    "(pg_dump) by whoever runs it; ask them for a copy or a restore.")
                                     .arg(m_databasePath));
        return;
    }
    BackupDialog dialog(m_workspace, m_databasePath, this);
    bool restored = false;
    connect(&dialog, &BackupDialog::workspaceRestored, this, [&restored] { restored = true; });
    dialog.exec();
    if (!restored)
        return;
    // Every page starts again from the restored file, in a fresh instance (as when opening one).
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--db"), m_databasePath}))
        QMessageBox::warning(this, tr("Restore"),
                             tr("The workspace was restored; start PartyDesk again to see it."));
    close();
}

void MainWindow::showPackages()
{
    PackageDialog dialog(m_workspace, this);
    connect(&dialog, &PackageDialog::imported, this, [this] {
        reloadOrganisations(0);
        m_roster->reload();
        runPageCommand(PageCommand::Refresh);
    });
    dialog.exec();
}

void MainWindow::startOfDayBackup()
{
    if (onServer(m_workspace.database()))
        return; // the server's own backups (see showBackups)
    auto* backup = new StartOfDayBackup(m_databasePath, BackupSettings::load(m_workspace.database()), this);
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("backupStatus"));
    statusBar()->addWidget(label);
    connect(backup, &StartOfDayBackup::finished, label, [label](const QString& message, bool warning) {
        label->setText(message);
        label->setStyleSheet(warning ? QStringLiteral("color: #b71c1c; font-weight: bold") : QString());
    });
    backup->start();
}

void MainWindow::chooseLanguage(const QString& language)
{
    AppSettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language changes when PartyDesk is started again."));
}

} // namespace partydesk
