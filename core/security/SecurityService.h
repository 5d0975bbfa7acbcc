#pragma once

#include "service/ServiceResult.h"
#include "Session.h"
#include "UserRepository.h"

#include <functional>
#include <QDateTime>

namespace partydesk {

class AuditLog;
class WriteGate;

// Whether the workspace asks for sign-in: 'on', 'off', or 'setup' (a new workspace whose first
// start has not decided yet). No setting at all is an older workspace: off until an admin says.
enum class SignInSetting
{
    Off,
    On,
    Pending
};

struct SignInResult
{
    bool ok = false;
    int waitSeconds = 0; // > 0: refused without trying, try again after this
    QString message;
};

// Users, sign-in and the security settings: the rules (last admin, password length, delays after
// wrong passwords) live here; the dialogs and commands only call it.
class SecurityService
{
public:
    using Now = std::function<QDateTime()>;
    SecurityService(QSqlDatabase db, Session& session, AuditLog& audit, const WriteGate& gate,
                    Now now = &QDateTime::currentDateTime);

    static constexpr int minimumPasswordLength = 8;
    static constexpr int defaultLockMinutes = 10;

    // Read once when the workspace opens, so the session knows before any page asks.
    static SignInSetting readSetting(const QSqlDatabase& db);
    SignInSetting setting() const;
    // A new workspace created by the window: its first start asks (on by default).
    ServiceResult markNewWorkspace();
    // The first start's choice: the first 书记/管理员 (sign-in on, signed in as them) …
    ServiceResult createFirstAdmin(const QString& name, const QString& password);
    // … or working without sign-in (an admin can turn it on later).
    ServiceResult chooseNoSignIn();
    // Admins only; turning on needs an active 书记/管理员 account.
    ServiceResult setSignInRequired(bool required);
    // Minutes without input before the window locks; 0 never.
    int lockMinutes() const;
    ServiceResult setLockMinutes(int minutes);

    QList<UserAccount> users() const { return m_users.all(); }
    ServiceResult addUser(const QString& name, const QString& password, Role role);
    ServiceResult changeRole(qint64 userId, Role role);
    ServiceResult setActive(qint64 userId, bool active);
    // Admins for anyone; every user for themselves.
    ServiceResult setPassword(qint64 userId, const QString& password);

    // Checks the password unless the name must still wait after wrong ones; records both.
    SignInResult signIn(const QString& name, const QString& password);
    // Seconds `name` must still wait before the next try (0: may try now).
    int secondsToWait(const QString& name) const;
    void signOut();

private:
    QString passwordProblem(const QString& password) const;
    QString nameProblem(const QString& name) const;
    // Refuses a change that would leave no active 书记/管理员.
    QString lastAdminProblem(const UserAccount& user, bool staysActiveAdmin) const;
    template <typename Work> ServiceResult write(Work work);

    UserRepository m_users;
    Session& m_session;
    AuditLog& m_audit;
    const WriteGate& m_gate;
    Now m_now;
};

} // namespace partydesk
