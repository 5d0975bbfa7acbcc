// Keyboard and help (issue 15): every page names its chapter of the manual, F1 opens it, the keys
// that mean the same on every page run what the page showing offers, and no key stands for two
// actions at once.
#include "cogovernance/CoGovernancePage.h"
#include "forms/MemberForm.h"
#include "GuiTestSupport.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/PageCommands.h"
#include "mainwindow/MainWindow.h"
#include "roster/RosterPage.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace partydesk;
using namespace partydesk::test;

namespace {

void showActive(MainWindow& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

QList<QWidget*> pagesOf(QTabWidget* tabs)
{
    QList<QWidget*> pages;
    for (int i = 0; i < tabs->count(); ++i)
        pages << tabs->widget(i);
    return pages;
}

// Messages Qt prints while the test presses keys ("Ambiguous shortcut overload: Ctrl+N").
QStringList* capturedMessages = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (capturedMessages)
        capturedMessages->append(message);
}

// Every key of an action the main window reaches: its menus' actions and those of the window.
QList<QAction*> windowActions(MainWindow& window)
{
    QList<QAction*> actions = window.actions();
    QList<QMenu*> menus;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            menus << top->menu();
    for (int i = 0; i < menus.size(); ++i)
        for (QAction* action : menus[i]->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!actions.contains(action))
                actions << action;
        }
    return actions;
}

} // namespace

TEST_CASE("Every chapter of the manual is in the resources, with its title and working links", "[help]")
{
    const QList<HelpTopics::Chapter> chapters = HelpTopics::chapters();
    REQUIRE(chapters.size() >= 18);
    QStringList ids;
    for (const HelpTopics::Chapter& chapter : chapters) {
        INFO(chapter.id.toStdString());
        CHECK(HelpTopics::exists(chapter.id));
        CHECK_FALSE(chapter.title.isEmpty());
        ids << chapter.id;
    }
    for (const char* id : {"start", "roster", "import", "backup", "rating-rules", "faq", "keyboard"})
        CHECK(ids.contains(QString::fromLatin1(id)));
    CHECK_FALSE(HelpTopics::exists(QStringLiteral("no-such-chapter")));
    CHECK_FALSE(HelpTopics::exists(QStringLiteral("roster#no-such-section")));
    CHECK(HelpTopics::exists(QStringLiteral("roster#search")));

    // A link from one chapter to another must land on a chapter and section that exist.
    static const QRegularExpression link(QStringLiteral("href=\"([a-z-]+)\\.html(#[a-z-]+)?\""));
    int links = 0;
    for (const QString& id : ids) {
        for (const QRegularExpressionMatch& match : link.globalMatch(HelpTopics::html(id))) {
            const QString topic = match.captured(1) + match.captured(2);
            INFO(id.toStdString() + " links to " + topic.toStdString());
            CHECK(HelpTopics::exists(topic));
            ++links;
        }
    }
    CHECK(links >= 10);

    // The rating rules say what the default template says: 6 aspects, 34 tasks, 100 points.
    const QString rules = HelpTopics::html(QStringLiteral("rating-rules"));
    for (const char* fact : {"6 个方面、34 项考核任务", "100 分", "90 分及以上"})
        CHECK(rules.contains(QString::fromUtf8(fact)));
}

TEST_CASE("Every page of the main window names a chapter of the manual that exists", "[help][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    QTabWidget* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs != nullptr);
    REQUIRE(tabs->count() == 11);
    for (QWidget* page : pagesOf(tabs)) {
        const QString topic = HelpTopics::topicOf(page, nullptr);
        INFO(page->metaObject()->className());
        CHECK_FALSE(topic.isEmpty());
        CHECK(HelpTopics::exists(topic));
    }
    // Each tab of 共建共治 opens its own section.
    auto* parts = window.coGovernancePage()->findChild<QTabWidget*>(QStringLiteral("coGovernanceTabs"));
    REQUIRE(parts != nullptr);
    QStringList sections;
    for (int i = 0; i < parts->count(); ++i) {
        const QString topic = HelpTopics::topicOf(window.coGovernancePage(), parts->widget(i));
        INFO(topic.toStdString());
        CHECK(topic.startsWith(QLatin1String("cogovernance#")));
        CHECK(HelpTopics::exists(topic));
        sections << topic;
    }
    CHECK(sections.removeDuplicates() == 0);
}

TEST_CASE("F1 on a page opens the help window at that page's topic", "[help][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    showActive(window);
    QTabWidget* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        window.treeView()->setFocus();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.treeView(), Qt::Key_F1);
        HelpWindow* help = window.helpWindow();
        REQUIRE(help != nullptr);
        CHECK(help->isVisible());
        const QString expected = HelpTopics::topicOf(tabs->widget(i), nullptr);
        INFO(expected.toStdString());
        CHECK(help->currentTopic() == expected);
        CHECK(help->contents()->currentItem()->data(Qt::UserRole).toString() == expected);
        CHECK_FALSE(help->browser()->toPlainText().isEmpty());
    }

    // With the keyboard in a tab of 共建共治, F1 opens that tab's section.
    window.showPage(MainWindow::Page::CoGovernance);
    window.coGovernancePage()->showPart(CoGovernancePage::Part::Wishes);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* parts = window.coGovernancePage()->findChild<QTabWidget*>(QStringLiteral("coGovernanceTabs"));
    QWidget* wishes = parts->currentWidget();
    QAbstractButton* inside = nullptr;
    for (QAbstractButton* button : wishes->findChildren<QAbstractButton*>())
        if (!inside && button->isVisible() && button->isEnabled())
            inside = button;
    REQUIRE(inside != nullptr);
    inside->setFocus();
    REQUIRE(QApplication::focusWidget() == inside);
    QTest::keyClick(inside, Qt::Key_F1);
    CHECK(window.helpWindow()->currentTopic() == QStringLiteral("cogovernance#wishes"));
}

TEST_CASE("The help window goes back and forward, and finds words in the page", "[help][gui]")
{
    HelpWindow help;
    help.show();
    help.showTopic(QStringLiteral("roster"));
    CHECK(help.currentTopic() == QStringLiteral("roster"));
    help.showTopic(QStringLiteral("import#columns"));
    CHECK(help.currentTopic() == QStringLiteral("import#columns"));
    CHECK(help.contents()->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("import"));
    help.browser()->backward();
    CHECK(help.currentTopic() == QStringLiteral("roster"));
    help.browser()->forward();
    CHECK(help.currentTopic() == QStringLiteral("import#columns"));

    // An unknown topic shows the first chapter rather than an empty page.
    help.showTopic(QStringLiteral("no-such-page"));
    CHECK(help.currentTopic() == QStringLiteral("start"));

    // Choosing a chapter in the contents shows it.
    help.contents()->setCurrentRow(int(HelpTopics::chapters().size()) - 1);
    CHECK(help.currentTopic() == QStringLiteral("faq"));

    help.showTopic(QStringLiteral("roster"));
    typeText(help.findField(), QStringLiteral("身份证号"));
    CHECK(help.browser()->textCursor().selectedText() == QStringLiteral("身份证号"));
    const int first = help.browser()->textCursor().position();
    QTest::keyClick(help.findField(), Qt::Key_Return);
    CHECK(help.browser()->textCursor().position() > first);
    CHECK_FALSE(help.find(QStringLiteral("这个词不在手册里")));
    CHECK(
        help.findChild<QLabel*>(QStringLiteral("helpFindResult"))->text().contains(QStringLiteral("这个词")));
}

TEST_CASE("Ctrl+F puts the cursor in the search field of the page showing", "[help][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    showActive(window);
    QTabWidget* tabs = window.findChild<QTabWidget*>();
    int withSearch = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        window.treeView()->setFocus();
        QTest::keyClick(window.treeView(), Qt::Key_F, Qt::ControlModifier);
        QObject* field = PageCommands::target(tabs->widget(i), PageCommand::Find);
        INFO(tabs->tabText(i).toStdString());
        CHECK(window.pageCommandAction(PageCommand::Find)->isEnabled() == (field != nullptr));
        if (!field)
            continue;
        ++withSearch;
        CHECK(QApplication::focusWidget() == field);
    }
    CHECK(withSearch >= 1);

    // The roster's: typing after Ctrl+F searches at once.
    window.showPage(MainWindow::Page::Roster);
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_F, Qt::ControlModifier);
    auto* search = window.rosterPage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(QApplication::focusWidget() == search);
    const int all = window.rosterPage()->view()->model()->rowCount();
    typeText(search, QStringLiteral("zzzz-nobody"));
    CHECK(window.rosterPage()->view()->model()->rowCount() < all);
}

TEST_CASE("The same keys do what the page showing offers, named in the menu", "[help][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    showActive(window);
    QTabWidget* tabs = window.findChild<QTabWidget*>();
    const QList<PageCommand> commands = {PageCommand::New,    PageCommand::Delete, PageCommand::Print,
                                         PageCommand::Export, PageCommand::Save,   PageCommand::Refresh,
                                         PageCommand::Find};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QWidget* page = tabs->widget(i);
        INFO(tabs->tabText(i).toStdString());
        // One target at most for each command on screen, or the key would be a guess.
        for (PageCommand command : commands)
            CHECK(PageCommands::targets(page, command).size() <= 1);
    }
    // The pages where the keys matter most offer them.
    window.showPage(MainWindow::Page::Roster);
    for (PageCommand command :
         {PageCommand::New, PageCommand::Delete, PageCommand::Print, PageCommand::Export, PageCommand::Find})
        CHECK(PageCommands::target(window.rosterPage(), command) != nullptr);
    window.showPage(MainWindow::Page::Meetings);
    QAction* newAction = window.pageCommandAction(PageCommand::New);
    CHECK(newAction->isEnabled());
    // The menu names what the key does here: 新建：新增会议….
    CHECK(newAction->text().contains(QStringLiteral("New meeting")));
    window.showPage(MainWindow::Page::Statistics);
    CHECK_FALSE(window.pageCommandAction(PageCommand::New)->isEnabled());
    CHECK(window.pageCommandAction(PageCommand::Print)->isEnabled());

    // Ctrl+N on the roster opens the member form; Del with the keyboard in the tree deletes nothing.
    window.showPage(MainWindow::Page::Roster);
    window.rosterPage()->view()->setFocus();
    bool formShown = false;
    onModalDialog([&](QWidget* dialog) {
        formShown =
            QString::fromLatin1(dialog->metaObject()->className()).contains(QLatin1String("MemberForm"));
        static_cast<QDialog*>(dialog)->reject();
    });
    QTest::keyClick(window.rosterPage()->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(formShown);
    window.rosterPage()->view()->selectRow(0);
    window.treeView()->setFocus();
    QCoreApplication::processEvents();
    CHECK_FALSE(window.runPageCommand(PageCommand::Delete));
    CHECK_FALSE(window.pageCommandAction(PageCommand::Delete)->isEnabled());
}

TEST_CASE("Frequent actions have keys shown in their menus, and no key stands for two actions", "[help][gui]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    showActive(window);
    const QList<QAction*> actions = windowActions(window);

    QStringList frequent = {QStringLiteral("openWorkspaceAction"), QStringLiteral("exitAction"),
                            QStringLiteral("undoAction"),          QStringLiteral("redoAction"),
                            QStringLiteral("newAction"),           QStringLiteral("saveAction"),
                            QStringLiteral("deleteAction"),        QStringLiteral("findAction"),
                            QStringLiteral("printAction"),         QStringLiteral("exportAction"),
                            QStringLiteral("refreshAction"),       QStringLiteral("manualAction"),
                            QStringLiteral("nextPageAction"),      QStringLiteral("previousPageAction")};
    for (int i = 1; i <= 10; ++i)
        frequent << QStringLiteral("pageAction%1").arg(i);
    for (const QString& name : frequent) {
        INFO(name.toStdString());
        QAction* found = nullptr;
        for (QAction* action : actions)
            if (action->objectName() == name)
                found = action;
        REQUIRE(found != nullptr);
        CHECK_FALSE(found->shortcut().isEmpty());
    }

    // No key sequence belongs to two actions of the window (their menus included).
    QMap<QString, QStringList> owners;
    for (QAction* action : actions)
        for (const QKeySequence& key : action->shortcuts())
            owners[key.toString(QKeySequence::PortableText)] << action->text();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toStdString() + ": " + it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
    // The standard keys the issue names.
    for (const char* key : {"Ctrl+N", "Ctrl+S", "Ctrl+P", "Ctrl+E", "Del", "F5", "Ctrl+O", "Ctrl+Q", "Ctrl+Z",
                            "Ctrl+Y", "Ctrl+F", "F1", "Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+1"})
        CHECK(owners.contains(QString::fromLatin1(key)));

    // Every key is in the manual's list of keys.
    const QString keyboard = HelpTopics::html(QStringLiteral("keyboard"));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(keyboard.contains(it.key()));
    }

    // Pressed for real on every page, no key is ambiguous to Qt.
    QStringList messages;
    capturedMessages = &messages;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QTabWidget* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i) {
        // Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth page; the eleventh through Ctrl+PgDown.
        if (i < 10)
            QTest::keyClick(window.treeView(), i < 9 ? Qt::Key(Qt::Key_1 + i) : Qt::Key_0,
                            Qt::ControlModifier);
        else
            QTest::keyClick(window.treeView(), Qt::Key_PageDown, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == i);
        QTest::keyClick(window.treeView(), Qt::Key_F5);
        QTest::keyClick(window.treeView(), Qt::Key_F, Qt::ControlModifier);
        window.treeView()->setFocus();
    }
    QTest::keyClick(window.treeView(), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 0);
    QTest::keyClick(window.treeView(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == tabs->count() - 1);
    qInstallMessageHandler(previous);
    capturedMessages = nullptr;
    CHECK(messages.filter(QStringLiteral("Ambiguous")).isEmpty());
}

TEST_CASE("Ctrl+S saves a form", "[help][gui]")
{
    TempWorkspace temp(true);
    qint64 memberId = 0;
    for (const RosterRow& row : temp.workspace().members().roster())
        if (!memberId && !row.leftOn.isValid() && row.status == MemberStatus::Full)
            memberId = row.id;
    REQUIRE(memberId > 0);
    const Member member = temp.workspace().members().get(memberId);
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(), member);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    auto* phone = form.findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    REQUIRE(phone != nullptr);
    phone->setFocus();
    phone->selectAll();
    typeText(phone, QStringLiteral("13900001111"));
    QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
    // A button's key presses it as a click does, with the short press shown first.
    for (int i = 0; i < 100 && form.isVisible(); ++i)
        QTest::qWait(10);
    CHECK(form.result() == QDialog::Accepted);
    CHECK(temp.workspace().members().get(memberId).phone == QStringLiteral("13900001111"));
}
