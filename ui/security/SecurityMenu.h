#pragma once

#include "security/Role.h"

#include <QList>
#include <QObject>
#include <QPair>

class QAction;
class QMainWindow;
class QMenu;

namespace partydesk {

class InactivityLock;
class Workspace;

// The 安全 menu of the main window: users and sign-in, the audit trail (书记/管理员 only), lock now,
// change one's own password, sign in as another user; and the inactivity lock. Actions elsewhere
// registered with `guard` are enabled only while the signed-in user's role allows them (the
// services refuse anyway: this only spares a refusal).
class SecurityMenu : public QObject
{
    Q_OBJECT

public:
    SecurityMenu(Workspace& workspace, QMainWindow* window);

    QMenu* menu() const { return m_menu; }
    void guard(QAction* action, Permission permission);
    // Enables what the current user may do; shows who is signed in in the window title.
    void applyRole();

private:
    void showUsers();
    void showAuditTrail();
    void changeOwnPassword();
    void switchUser();
    // After sign-in was turned on while nobody was signed in: ask now, or close.
    void ensureSignedIn();

    Workspace& m_workspace;
    QMainWindow* m_window;
    QMenu* m_menu = nullptr;
    InactivityLock* m_lock = nullptr;
    QAction* m_users = nullptr;
    QAction* m_audit = nullptr;
    QAction* m_lockNow = nullptr;
    QAction* m_password = nullptr;
    QAction* m_switch = nullptr;
    QList<QPair<QAction*, Permission>> m_guarded;
    QString m_baseTitle;
};

} // namespace partydesk
