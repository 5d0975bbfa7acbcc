#pragma once

#include <QString>

class QObject;
class QWidget;

namespace partydesk {

// The commands every page may offer under the same standard key, run from the main window's menus
// on the page that is showing: 新建 Ctrl+N, 删除 Del, 打印 Ctrl+P, 导出 Ctrl+E, 保存 Ctrl+S,
// 刷新 F5 and 查找 Ctrl+F (the page's search field).
enum class PageCommand
{
    New,
    Delete,
    Print,
    Export,
    Save,
    Refresh,
    Find
};

namespace PageCommands {

// A page names the button, menu action or (for Find) search field that does `command` on it. A
// page of tabs may name one in each tab: only the one on screen is used.
void offer(QObject* target, PageCommand command);

// The target of `command` on `page` that is on screen now (a button or field shown, an action of
// a menu whose button is shown), or nullptr.
QObject* target(const QWidget* page, PageCommand command);
// Every target on screen, for tests that check a page names at most one.
QList<QObject*> targets(const QWidget* page, PageCommand command);

// Clicks, triggers or (Find) focuses the target. False when the page offers none, or the target is
// disabled (nothing selected yet).
bool run(const QWidget* page, PageCommand command);

// What the target says, without its mnemonic: "新增会议…" for "新增会议(&N)…".
QString label(const QObject* target);
QString withoutMnemonic(QString text);

} // namespace PageCommands

} // namespace partydesk
