#include "UndoHistory.h"

#include <QAction>
#include <QMessageBox>
#include <QUndoStack>

namespace partydesk {

UndoHistory::UndoHistory(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this))
{
}

void UndoHistory::push(QUndoCommand* command)
{
    m_stack->push(command);
}

QAction* UndoHistory::createUndoAction(QObject* parent) const
{
    QAction* action = m_stack->createUndoAction(parent, tr("Undo"));
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcut(QKeySequence::Undo);
    return action;
}

QAction* UndoHistory::createRedoAction(QObject* parent) const
{
    QAction* action = m_stack->createRedoAction(parent, tr("Redo"));
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    return action;
}

void UndoHistory::refuse(const QString& message)
{
    emit refused(message);
    // Shown once the stack has finished the step, not from inside it.
    QMetaObject::invokeMethod(
        this, [this, message] { QMessageBox::warning(m_window, tr("Cannot undo or redo"), message); },
        Qt::QueuedConnection);
}

} // namespace partydesk
