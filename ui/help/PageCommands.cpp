#include "PageCommands.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QVariant>

namespace partydesk::PageCommands {

namespace {

constexpr char commandProperty[] = "pageCommand";

// The widget that shows `object` to the user: a widget itself, or for an action the button its
// menu drops from (or any widget it was added to).
bool onScreen(const QObject* object)
{
    if (const auto* widget = qobject_cast<const QWidget*>(object))
        return widget->isVisible();
    const auto* action = qobject_cast<const QAction*>(object);
    if (!action || !action->isVisible())
        return false;
    for (const QObject* owner : action->associatedObjects()) {
        const auto* widget = qobject_cast<const QWidget*>(owner);
        if (const auto* menu = qobject_cast<const QMenu*>(owner)) {
            // A drop-down menu is hidden until opened: the button it belongs to counts.
            widget = menu->parentWidget();
            if (!widget) {
                const QList<QObject*> holders = menu->menuAction()->associatedObjects();
                widget = holders.isEmpty() ? nullptr : qobject_cast<const QWidget*>(holders.first());
            }
        }
        if (widget && widget->isVisible())
            return true;
    }
    return false;
}

bool enabled(const QObject* object)
{
    if (const auto* widget = qobject_cast<const QWidget*>(object))
        return widget->isEnabled();
    if (const auto* action = qobject_cast<const QAction*>(object))
        return action->isEnabled();
    return false;
}

} // namespace

void offer(QObject* target, PageCommand command)
{
    target->setProperty(commandProperty, int(command) + 1);
}

QList<QObject*> targets(const QWidget* page, PageCommand command)
{
    QList<QObject*> found;
    if (!page)
        return found;
    for (QObject* object : page->findChildren<QObject*>())
        if (object->property(commandProperty).toInt() == int(command) + 1 && onScreen(object))
            found << object;
    return found;
}

QObject* target(const QWidget* page, PageCommand command)
{
    const QList<QObject*> found = targets(page, command);
    return found.isEmpty() ? nullptr : found.first();
}

bool run(const QWidget* page, PageCommand command)
{
    QObject* object = target(page, command);
    if (!object || !enabled(object))
        return false;
    if (auto* button = qobject_cast<QAbstractButton*>(object)) {
        button->click();
        return true;
    }
    if (auto* action = qobject_cast<QAction*>(object)) {
        action->trigger();
        return true;
    }
    if (auto* widget = qobject_cast<QWidget*>(object)) {
        widget->setFocus(Qt::ShortcutFocusReason);
        if (auto* field = qobject_cast<QLineEdit*>(widget))
            field->selectAll();
        return true;
    }
    return false;
}

QString label(const QObject* target)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(target))
        return withoutMnemonic(button->text());
    if (const auto* action = qobject_cast<const QAction*>(target))
        return withoutMnemonic(action->text());
    return {};
}

QString withoutMnemonic(QString text)
{
    // "新增会议(&N)…" and "&New meeting…" alike.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace partydesk::PageCommands
