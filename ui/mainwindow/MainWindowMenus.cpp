// The main window's menus and keys. Each frequent action has its key beside it in the menu; the
// keys that mean the same on every page (新建, 删除, 打印, 导出, 保存, 查找, 刷新) run what the page
// showing offers (help/PageCommands), so one key never stands for two actions at once.
#include "AppSettings.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/ManualPdf.h"
#include "MainWindow.h"
#include "organisation/OrganisationPage.h"
#include "roster/RosterPage.h"
#include "security/SecurityMenu.h"
#include "storage/ChangesElsewhere.h"
#include "undo/UndoHistory.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace partydesk {

namespace {

struct CommandInfo
{
    PageCommand command;
    const char* name;  // the menu's words when the page offers nothing
    const char* named; // "%1": what the page offers, such as 新增会议
    QKeySequence key;
    const char* objectName;
};

// The keys are the standard ones, written out so that they are the same on every desktop.
const QList<CommandInfo>& commandInfos()
{
    static const QList<CommandInfo> infos = {
        {PageCommand::New, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&New"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&New: %1"), QKeySequence(Qt::CTRL | Qt::Key_N),
         "newAction"},
        {PageCommand::Save, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Save"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Save: %1"), QKeySequence(Qt::CTRL | Qt::Key_S),
         "saveAction"},
        {PageCommand::Delete, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Delete"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Delete: %1"), QKeySequence(Qt::Key_Delete),
         "deleteAction"},
        {PageCommand::Find, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Find"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Find: %1"), QKeySequence(Qt::CTRL | Qt::Key_F),
         "findAction"},
        {PageCommand::Print, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Print…"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Print: %1"), QKeySequence(Qt::CTRL | Qt::Key_P),
         "printAction"},
        {PageCommand::Export, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Export…"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Export: %1"), QKeySequence(Qt::CTRL | Qt::Key_E),
         "exportAction"},
        {PageCommand::Refresh, QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Refresh"),
         QT_TRANSLATE_NOOP("partydesk::MainWindow", "&Refresh: %1"), QKeySequence(Qt::Key_F5),
         "refreshAction"},
    };
    return infos;
}

} // namespace

void MainWindow::buildMenus()
{
    for (const CommandInfo& info : commandInfos()) {
        auto* action = new QAction(tr(info.name), this);
        action->setObjectName(QString::fromLatin1(info.objectName));
        action->setShortcut(info.key);
        const PageCommand command = info.command;
        connect(action, &QAction::triggered, this, [this, command] { runPageCommand(command); });
        m_pageActions.insert(command, action);
    }
    // F5 reads again even on a page that offers nothing of its own.
    m_pageActions.value(PageCommand::Refresh)->setEnabled(true);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, [this] { switchWorkspace(false); })
        ->setObjectName(QStringLiteral("openWorkspaceAction"));
    file->addAction(tr("&New workspace…"), this, [this] { switchWorkspace(true); });
    file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectToServerAction"));
    file->addAction(tr("&Backups and Restore…"), this, &MainWindow::showBackups);
    file->addAction(tr("Data &packages…"), this, &MainWindow::showPackages)
        ->setObjectName(QStringLiteral("packagesAction"));
    file->addSeparator();
    file->addAction(m_pageActions.value(PageCommand::Print));
    file->addAction(m_pageActions.value(PageCommand::Export));
    file->addSeparator();
    file->addAction(tr("E&xit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close)
        ->setObjectName(QStringLiteral("exitAction"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    buildEditMenu(edit);

    QMenu* members = menuBar()->addMenu(tr("&Members"));
    // What the signed-in user's role does not allow is disabled (core/security; the services refuse anyway).
    m_security = new SecurityMenu(m_workspace, this);
    const auto guard = [this](QAction* action, Permission permission) {
        m_security->guard(action, permission);
    };
    // Ctrl+N, Ctrl+E and Ctrl+P do these on the roster page (编辑 → 新建, 文件 → 导出 and 打印).
    guard(members->addAction(tr("&Add member…"), m_roster, &RosterPage::addMember), Permission::EditMembers);
    // The form shows the full ID number: not for a viewer, who reads the masked roster.
    guard(members->addAction(tr("&Edit member…"), m_roster, &RosterPage::editSelectedMember),
          Permission::EditMembers);
    guard(members->addAction(tr("Record &leaving…"), m_roster, &RosterPage::recordLeaving),
          Permission::EditMembers);
    members->addSeparator();
    guard(members->addAction(tr("Export the roster to E&xcel…"), m_roster, &RosterPage::exportToExcel),
          Permission::ExportMasked);
    guard(members->addAction(tr("Export the roster to &PDF…"), m_roster, &RosterPage::exportToPdf),
          Permission::ExportMasked);
    guard(members->addAction(tr("&Print the roster…"), m_roster, &RosterPage::printPreview),
          Permission::PrintMasked);
    members->addSeparator();
    guard(members->addAction(tr("&Import a roster…"), m_roster, &RosterPage::importRoster),
          Permission::EditMembers);
    members->addAction(tr("Import &history…"), m_roster, &RosterPage::showImportHistory);

    QMenu* orgs = menuBar()->addMenu(tr("&Organisations"));
    guard(orgs->addAction(tr("&Add organisation below the selected one…"), m_organisation,
                          &OrganisationPage::addOrganisation),
          Permission::EditOrganisations);
    guard(orgs->addAction(tr("&Edit organisation…"), m_organisation, &OrganisationPage::editOrganisation),
          Permission::EditOrganisations);

    menuBar()->addMenu(m_security->menu());
    m_security->applyRole();

    buildViewMenu(menuBar()->addMenu(tr("&View")));
    buildHelpMenu(menuBar()->addMenu(tr("&Help")));

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePageActions);
    // A page of tabs (共建共治) offers other commands on each tab; Del needs the focus in the page.
    // Focus also moves while a dialog is being deleted: read the pages once that is over.
    connect(qApp, &QApplication::focusChanged, this, [this] {
        QMetaObject::invokeMethod(this, &MainWindow::updatePageActions, Qt::QueuedConnection);
    });
    for (QMenu* menu : {file, edit})
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::updatePageActions);
    updatePageActions();
}

void MainWindow::buildEditMenu(QMenu* edit)
{
    edit->addAction(m_undo->createUndoAction(edit));
    edit->addAction(m_undo->createRedoAction(edit));
    edit->addSeparator();
    edit->addAction(m_pageActions.value(PageCommand::New));
    edit->addAction(m_pageActions.value(PageCommand::Save));
    edit->addAction(m_pageActions.value(PageCommand::Delete));
    edit->addSeparator();
    edit->addAction(m_pageActions.value(PageCommand::Find));
}

void MainWindow::buildViewMenu(QMenu* view)
{
    view->addAction(m_pageActions.value(PageCommand::Refresh));
    view->addSeparator();
    QMenu* pages = view->addMenu(tr("&Pages"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* action =
            pages->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        // Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth; the others through Ctrl+PgDown / Ctrl+PgUp.
        if (i < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0)));
    }
    QAction* next =
        view->addAction(tr("&Next page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setObjectName(QStringLiteral("nextPageAction"));
    QAction* previous =
        view->addAction(tr("Pre&vious page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
        });
    previous->setObjectName(QStringLiteral("previousPageAction"));
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    language->addAction(QStringLiteral("简体中文"), this,
                        [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    language->addAction(QStringLiteral("English"), this, [this] { chooseLanguage(QStringLiteral("en")); });
}

void MainWindow::buildHelpMenu(QMenu* help)
{
    help->addAction(tr("User &manual"), QKeySequence(Qt::Key_F1), this,
                    [this] { showHelp(currentHelpTopic()); })
        ->setObjectName(QStringLiteral("manualAction"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(QStringLiteral("keyboard")); });
    help->addAction(tr("Export the manual (&PDF)…"), this, &MainWindow::exportManual)
        ->setObjectName(QStringLiteral("exportManualAction"));
    help->addSeparator();
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About"),
                           tr("<b>Community Party-Building Desk</b> %1<br>Organisation tree, member rosters, "
                              "theme Party days and star ratings for community Party organisations.")
                               .arg(QApplication::applicationVersion()));
    });
}

MainWindow::~MainWindow()
{
    // Focus moves while the widgets are deleted; the menus' state is gone by then.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
}

QWidget* MainWindow::currentPage() const
{
    return m_tabs->currentWidget();
}

QString MainWindow::currentHelpTopic() const
{
    const QString topic = HelpTopics::topicOf(currentPage(), QApplication::focusWidget());
    return topic.isEmpty() ? QStringLiteral("start") : topic;
}

void MainWindow::showHelp(const QString& topic)
{
    if (!m_help) {
        m_help = new HelpWindow(this);
        connect(m_help, &HelpWindow::exportRequested, this, &MainWindow::exportManual);
    }
    m_help->showTopic(topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

bool MainWindow::runPageCommand(PageCommand command)
{
    QWidget* page = currentPage();
    // Del deletes only what the page shows selected while the keyboard is in it, never from the tree.
    if (command == PageCommand::Delete && !(page && page->isAncestorOf(QApplication::focusWidget())))
        return false;
    if (PageCommands::run(page, command))
        return true;
    if (command == PageCommand::Refresh) {
        refresh();
        return true;
    }
    return false;
}

void MainWindow::updatePageActions()
{
    if (m_pageActions.isEmpty())
        return;
    QWidget* page = currentPage();
    const bool focusInPage = page && page->isAncestorOf(QApplication::focusWidget());
    for (const CommandInfo& info : commandInfos()) {
        QAction* action = m_pageActions.value(info.command);
        const QObject* target = PageCommands::target(page, info.command);
        // 新建：新增会议…; the bare name where the page's own words say no more (刷新).
        const QString name = tr(info.name);
        const QString what = target ? PageCommands::label(target) : QString();
        const bool same = what.isEmpty() || PageCommands::withoutMnemonic(name).startsWith(
                                                what.chopped(what.endsWith(QChar(0x2026)) ? 1 : 0));
        action->setText(same ? name : tr(info.named).arg(what));
        if (info.command == PageCommand::Refresh)
            continue;
        action->setEnabled(target != nullptr && (info.command != PageCommand::Delete || focusInPage));
    }
}

// F5 on a page without a refresh of its own: the tree, the roster and the pages read again.
void MainWindow::refresh()
{
    reloadOrganisations(0);
    m_roster->reload();
    statusBar()->showMessage(tr("Read again from the workspace."), 3000);
}

// Another connection saved: the page reads again, unless the user is in the middle of something (a
// dialog, a value being typed), which is never thrown away; then at the next look.
void MainWindow::showChangesElsewhere(ChangesElsewhere* changes)
{
    const QWidget* focus = QApplication::focusWidget();
    const bool typing = focus && focus->parentWidget() &&
                        qobject_cast<const QAbstractItemView*>(focus->parentWidget()->parentWidget());
    if (QApplication::activeModalWidget() || typing) {
        changes->postpone();
        return;
    }
    runPageCommand(PageCommand::Refresh);
    statusBar()->showMessage(tr("Changes saved by someone else are shown."), 5000);
}

void MainWindow::exportManual()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the manual"), QDir(folder).filePath(manualFileName()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = writeManualPdf(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export the manual"), error);
        return;
    }
    statusBar()->showMessage(tr("Manual written: %1").arg(QDir::toNativeSeparators(path)), 10000);
}

} // namespace partydesk
