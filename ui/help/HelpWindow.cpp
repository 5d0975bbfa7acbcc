#include "HelpWindow.h"

#include "HelpTopics.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QToolButton* toolButton(QAction* action, const char* objectName)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}

// "后退 (Alt+Left)": the key in the button's tooltip, in the words of the platform.
void showKeyInToolTip(QAction* action)
{
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("HelpWindow"));
    setWindowTitle(tr("PartyDesk manual"));

    m_contents = new QListWidget;
    m_contents->setObjectName(QStringLiteral("helpContents"));
    for (const HelpTopics::Chapter& chapter : HelpTopics::chapters()) {
        auto* item = new QListWidgetItem(chapter.title, m_contents);
        item->setData(Qt::UserRole, chapter.id);
    }
    m_contents->setMinimumWidth(m_contents->fontMetrics().horizontalAdvance(QStringLiteral("党")) * 11);

    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDefaultStyleSheet(HelpTopics::styleSheet());

    auto* back = new QAction(tr("Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    showKeyInToolTip(back);
    auto* forward = new QAction(tr("Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    showKeyInToolTip(forward);
    auto* contentsPage = new QAction(tr("Contents"), this);
    contentsPage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    showKeyInToolTip(contentsPage);
    auto* exportPdf = new QAction(tr("Export as PDF…"), this);
    addActions({back, forward, contentsPage});
    m_back = toolButton(back, "helpBack");
    m_forward = toolButton(forward, "helpForward");

    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("helpFind"));
    m_find->setPlaceholderText(tr("Find in this page (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(m_find->fontMetrics().horizontalAdvance(QStringLiteral("党")) * 16);
    m_findResult = new QLabel;
    m_findResult->setObjectName(QStringLiteral("helpFindResult"));
    m_findResult->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(toolButton(contentsPage, "helpHome"));
    bar->addSpacing(12);
    bar->addWidget(m_find);
    bar->addWidget(m_findResult);
    bar->addStretch(1);
    bar->addWidget(toolButton(exportPdf, "helpExportPdf"));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(contentsPage, &QAction::triggered, this, [this] { showTopic(QStringLiteral("start")); });
    connect(exportPdf, &QAction::triggered, this, &HelpWindow::exportRequested);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTopic(m_contents->item(row)->data(Qt::UserRole).toString());
    });

    // Search as you type from the top of the page; Enter and F3 go on to the next match.
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& text) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        if (text.isEmpty())
            m_findResult->clear();
        else
            find(text);
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto* focusFind = new QShortcut(QKeySequence::Find, this);
    connect(focusFind, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this,
            [this] { findNext(false); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            [this] { findNext(true); });
    connect(
        new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find, nullptr, nullptr, Qt::WidgetShortcut),
        &QShortcut::activated, this, [this] { findNext(true); });

    // Room for the contents and a chapter at 1366×768, the office screen.
    resize(1040, 700);
    showTopic(QStringLiteral("start"));
}

void HelpWindow::showTopic(const QString& topic)
{
    const QString shown = HelpTopics::exists(topic) ? topic : QStringLiteral("start");
    const QUrl target = HelpTopics::url(shown);
    if (m_browser->source().matches(target, QUrl::RemoveFragment)) {
        // The same chapter: only the anchor (setSource would not scroll back to the top).
        if (target.hasFragment())
            m_browser->scrollToAnchor(target.fragment());
        else
            m_browser->verticalScrollBar()->setValue(0);
        onSourceChanged(target);
        return;
    }
    m_browser->setSource(target);
}

QString HelpWindow::currentTopic() const
{
    return HelpTopics::topicOfUrl(m_browser->source());
}

bool HelpWindow::find(const QString& text, bool backward)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findResult->setText(found ? QString() : tr("\"%1\" is not in this page").arg(text));
    return found;
}

void HelpWindow::findNext(bool backward)
{
    find(m_find->text(), backward);
}

void HelpWindow::onSourceChanged(const QUrl& url)
{
    const QString topic = HelpTopics::topicOfUrl(url);
    const QString chapter = topic.section(QLatin1Char('#'), 0, 0);
    for (int row = 0; row < m_contents->count(); ++row)
        if (m_contents->item(row)->data(Qt::UserRole).toString() == chapter) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(row);
            break;
        }
    if (!m_find->text().isEmpty())
        m_findResult->clear();
}

} // namespace partydesk
