#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace partydesk {

class Workspace;

// Locks the window after the workspace's minutes without keyboard or mouse input (when sign-in
// is on): the window's content is hidden and the lock screen asks the same user's password, or
// another user signs in instead. Closing the lock screen quits.
class InactivityLock : public QObject
{
    Q_OBJECT

public:
    InactivityLock(Workspace& workspace, QWidget* window);

    // Reads the minutes again (after the setting changed) and starts counting from now.
    void restart();
    void lockNow();
    bool isLocked() const { return m_locked; }

signals:
    // Someone else signed in at the lock screen: the window shows what their role allows.
    void userChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Workspace& m_workspace;
    QWidget* m_window;
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace partydesk
