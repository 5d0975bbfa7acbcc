#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QUndoCommand;
class QUndoStack;


namespace partydesk {

class Workspace;

// The undo history of one open workspace, shared by the pages (编辑 → 撤销/重做): one QUndoStack,
// and the signals by which an undo or redo reaches the pages that show what it changed.
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(Workspace& workspace, QObject* parent = nullptr);

    Workspace& workspace() { return m_workspace; }
    QUndoStack* stack() const { return m_stack; }
    // Adds a step that is already done (the form saved it): its first redo() does nothing.
    void push(QUndoCommand* command);
    // 撤销 …/重做 … for the 编辑 menu, with Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y.
    QAction* createUndoAction(QObject* parent) const;
    QAction* createRedoAction(QObject* parent) const;
    // Where refusals are shown.
    void setWindow(QWidget* window) { m_window = window; }

    // An undo or redo the services refused: the message is shown; the step leaves the history.
    void refuse(const QString& message);
    void notifyMemberChanged(qint64 memberId) { emit memberChanged(memberId); }
    void notifyOrganisationsChanged(qint64 selectId) { emit organisationsChanged(selectId); }

signals:
    // A member was put back, changed or deleted by an undo or redo.
    void memberChanged(qint64 memberId);
    // Organisations changed by an undo or redo; `selectId` is the one to show.
    void organisationsChanged(qint64 selectId);
    void refused(const QString& message);

private:
    Workspace& m_workspace;
    QUndoStack* m_stack = nullptr;
    QPointer<QWidget> m_window;
};

} // namespace partydesk
