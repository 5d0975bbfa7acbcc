#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;

namespace partydesk {

// 使用手册: the manual's chapters on the left, the chosen one on the right, with back and forward
// (Alt+←, Alt+→), a search within the page shown (Ctrl+F, Enter and F3 for the next match,
// Shift+Enter and Shift+F3 for the one before) and the export of the whole manual as a PDF.
// One window for the whole program: F1 brings it back at the current page's topic.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows the topic ("roster", "cogovernance#wishes"); an unknown one shows the first chapter.
    void showTopic(const QString& topic);
    // The chapter (and anchor) shown.
    QString currentTopic() const;
    // Finds the text in the chapter shown, from the cursor on (backward: before it), wrapping
    // round once. False when the chapter does not contain it.
    bool find(const QString& text, bool backward = false);

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }
    QLineEdit* findField() const { return m_find; }

signals:
    // 导出使用手册（PDF）… from the window's own button; the main window asks where.
    void exportRequested();

private:
    void onSourceChanged(const QUrl& url);
    void findNext(bool backward);

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findResult = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
};

} // namespace partydesk
