#include "InactivityLock.h"

#include "SignInDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>

namespace partydesk {

InactivityLock::InactivityLock(Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityLock::lockNow);
    qApp->installEventFilter(this);
    restart();
}

void InactivityLock::restart()
{
    const int minutes = m_workspace.security().lockMinutes();
    if (minutes <= 0 || !m_workspace.session().signInRequired()) {
        m_timer.stop();
        return;
    }
    m_timer.start(minutes * 60 * 1000);
}

bool InactivityLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityLock::lockNow()
{
    if (m_locked || !m_workspace.session().signInRequired())
        return;
    m_locked = true;
    const SignedInUser before = m_workspace.session().user();
    m_workspace.audit().record(QStringLiteral("lock"), QString());
    m_workspace.session().signOut(); // nothing is allowed while the window is locked
    auto* main = qobject_cast<QMainWindow*>(m_window);
    QWidget* content = main ? main->centralWidget() : nullptr;
    if (content)
        content->setVisible(false);
    if (main)
        main->menuBar()->setEnabled(false);
    SignInDialog dialog(m_workspace.security(), SignInDialog::Purpose::Unlock, before.name, m_window);
    const bool unlocked = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    if (!unlocked) {
        m_window->close();
        return;
    }
    if (content)
        content->setVisible(true);
    if (main)
        main->menuBar()->setEnabled(true);
    if (m_workspace.session().user().id != before.id)
        emit userChanged();
    restart();
}

} // namespace partydesk
