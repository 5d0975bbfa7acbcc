#include "SecurityMenu.h"

#include "audit/AuditPage.h"
#include "InactivityLock.h"
#include "SignInDialog.h"
#include "UserDialog.h"
#include "UsersDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace partydesk {

SecurityMenu::SecurityMenu(Workspace& workspace, QMainWindow* window)
    : QObject(window), m_workspace(workspace), m_window(window), m_baseTitle(window->windowTitle())
{
    m_menu = new QMenu(tr("&Security"), window);
    m_menu->setObjectName(QStringLiteral("securityMenu"));
    m_users = m_menu->addAction(tr("&Users and sign-in…"), this, &SecurityMenu::showUsers);
    m_audit = m_menu->addAction(tr("&Audit trail…"), this, &SecurityMenu::showAuditTrail);
    m_menu->addSeparator();
    m_password = m_menu->addAction(tr("&Change my password…"), this, &SecurityMenu::changeOwnPassword);
    m_switch = m_menu->addAction(tr("&Sign in as another user…"), this, &SecurityMenu::switchUser);
    m_lock = new InactivityLock(workspace, window);
    m_lockNow = m_menu->addAction(tr("&Lock now"), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock,
                                  &InactivityLock::lockNow);
    connect(m_lock, &InactivityLock::userChanged, this, &SecurityMenu::applyRole);
    guard(m_users, Permission::ManageUsers);
    guard(m_audit, Permission::ViewAudit);
}

void SecurityMenu::guard(QAction* action, Permission permission)
{
    m_guarded.append({action, permission});
    action->setEnabled(m_workspace.session().allows(permission));
}

void SecurityMenu::applyRole()
{
    const Session& session = m_workspace.session();
    for (const auto& [action, permission] : m_guarded)
        action->setEnabled(session.allows(permission));
    const bool signIn = session.signInRequired();
    m_password->setVisible(signIn);
    m_switch->setVisible(signIn);
    m_lockNow->setVisible(signIn);
    m_window->setWindowTitle(signIn && session.signedIn() ? tr("%1 — %2 (%3)")
                                                                .arg(m_baseTitle, session.user().name,
                                                                     Roles::displayName(session.user().role))
                                                          : m_baseTitle);
}

void SecurityMenu::showUsers()
{
    UsersDialog dialog(m_workspace.security(), m_window);
    dialog.exec();
    ensureSignedIn();
    m_lock->restart();
    applyRole();
}

void SecurityMenu::showAuditTrail()
{
    AuditPage page(m_workspace, m_window);
    page.exec();
}

void SecurityMenu::changeOwnPassword()
{
    const SignedInUser& user = m_workspace.session().user();
    if (user.id == 0)
        return;
    UserDialog dialog(m_workspace.security(), user.id, user.name, m_window);
    dialog.exec();
}

void SecurityMenu::switchUser()
{
    SignInDialog dialog(m_workspace.security(), SignInDialog::Purpose::SignIn, QString(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        applyRole();
}

void SecurityMenu::ensureSignedIn()
{
    if (!m_workspace.session().signInRequired() || m_workspace.session().signedIn())
        return;
    SignInDialog dialog(m_workspace.security(), SignInDialog::Purpose::SignIn, QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        m_window->close();
}

} // namespace partydesk
