#include "SecurityService.h"

#include "PasswordHash.h"
#include "repository/AuditLog.h"
#include "repository/SqlTransaction.h"
#include "SignInDelay.h"
#include "storage/WriteGate.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

const QString signInKey = QStringLiteral("security.sign_in");
const QString lockKey = QStringLiteral("security.lock_minutes");

} // namespace

SecurityService::SecurityService(QSqlDatabase db, Session& session, AuditLog& audit, const WriteGate& gate,
                                 Now now)
    : m_users(std::move(db)), m_session(session), m_audit(audit), m_gate(gate), m_now(std::move(now))
{
}

SignInSetting SecurityService::readSetting(const QSqlDatabase& db)
{
    const QString value = UserRepository(db).setting(signInKey);
    if (value == QLatin1String("on"))
        return SignInSetting::On;
    if (value == QLatin1String("setup"))
        return SignInSetting::Pending;
    return SignInSetting::Off;
}

SignInSetting SecurityService::setting() const
{
    return readSetting(m_users.database());
}

template <typename Work> ServiceResult SecurityService::write(Work work)
{
    if (const QString why = m_gate.refusal(); !why.isEmpty())
        return ServiceResult::refused(why);
    QSqlDatabase db = m_users.database();
    return ServiceResult::fromWrite(inTransaction(db, work));
}

ServiceResult SecurityService::markNewWorkspace()
{
    return write([&](qint64*) { return m_users.setSetting(signInKey, QStringLiteral("setup")).error; });
}

QString SecurityService::passwordProblem(const QString& password) const
{
    if (password.size() < minimumPasswordLength)
        return QCoreApplication::translate("SecurityService", "The password needs at least %1 characters.")
            .arg(minimumPasswordLength);
    return {};
}

QString SecurityService::nameProblem(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("SecurityService", "Enter the user's name.");
    if (m_users.byName(name).id > 0)
        return QCoreApplication::translate("SecurityService", "There is already a user called %1.")
            .arg(name.trimmed());
    return {};
}

ServiceResult SecurityService::createFirstAdmin(const QString& name, const QString& password)
{
    if (!m_users.all().isEmpty())
        return ServiceResult::refused(QCoreApplication::translate(
            "SecurityService", "This workspace already has users; sign in instead."));
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return ServiceResult::invalid(problem, QStringLiteral("name"));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return ServiceResult::invalid(problem, QStringLiteral("password"));
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return ServiceResult::storage(QStringLiteral("crypto_pwhash_str failed"));
    SignedInUser admin{0, name.trimmed(), Role::Admin};
    const ServiceResult result = write([&](qint64* id) -> QString {
        const WriteResult added = m_users.add(admin.name, Role::Admin, hash);
        if (!added.ok())
            return added.error;
        *id = added.id;
        admin.id = added.id;
        if (const WriteResult on = m_users.setSetting(signInKey, QStringLiteral("on")); !on.ok())
            return on.error;
        m_session.signIn(admin); // the entries below carry the new admin's name
        const bool recorded =
            m_audit.record(QStringLiteral("user.add"),
                           QStringLiteral("%1 (%2)").arg(admin.name, Roles::code(Role::Admin))) &&
            m_audit.record(QStringLiteral("settings.sign_in"), QStringLiteral("off → on")) &&
            m_audit.record(QStringLiteral("sign_in"), admin.name);
        return recorded ? QString() : QStringLiteral("audit_log: could not record the first user");
    });
    if (result.ok())
        m_session.setSignInRequired(true);
    else
        m_session.signOut();
    return result;
}

ServiceResult SecurityService::chooseNoSignIn()
{
    if (setting() != SignInSetting::Pending)
        if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
            return ServiceResult::refused(why);
    const ServiceResult result = write([&](qint64*) -> QString {
        if (const WriteResult off = m_users.setSetting(signInKey, QStringLiteral("off")); !off.ok())
            return off.error;
        return m_audit.record(QStringLiteral("settings.sign_in"), QStringLiteral("→ off"))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the setting");
    });
    if (result.ok())
        m_session.setSignInRequired(false);
    return result;
}

ServiceResult SecurityService::setSignInRequired(bool required)
{
    if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
        return ServiceResult::refused(why);
    if (required && m_users.activeAdmins() == 0)
        return ServiceResult::refused(QCoreApplication::translate(
            "SecurityService", "Add an active secretary / administrator account before turning sign-in on."));
    const SignInSetting before = setting();
    const ServiceResult result = write([&](qint64*) -> QString {
        if (const WriteResult set =
                m_users.setSetting(signInKey, required ? QStringLiteral("on") : QStringLiteral("off"));
            !set.ok())
            return set.error;
        const QString change = QStringLiteral("%1 → %2").arg(
            before == SignInSetting::On ? QStringLiteral("on") : QStringLiteral("off"),
            required ? QStringLiteral("on") : QStringLiteral("off"));
        return m_audit.record(QStringLiteral("settings.sign_in"), change)
                   ? QString()
                   : QStringLiteral("audit_log: could not record the setting");
    });
    if (result.ok())
        m_session.setSignInRequired(required);
    return result;
}

int SecurityService::lockMinutes() const
{
    bool ok = false;
    const int minutes = m_users.setting(lockKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultLockMinutes;
}

ServiceResult SecurityService::setLockMinutes(int minutes)
{
    if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
        return ServiceResult::refused(why);
    if (minutes < 0 || minutes > 24 * 60)
        return ServiceResult::invalid(
            QCoreApplication::translate("SecurityService", "Enter between 0 (never) and 1440 minutes."),
            QStringLiteral("lockMinutes"));
    const int before = lockMinutes();
    return write([&](qint64*) -> QString {
        if (const WriteResult set = m_users.setSetting(lockKey, QString::number(minutes)); !set.ok())
            return set.error;
        return m_audit.record(QStringLiteral("settings.lock_minutes"),
                              QStringLiteral("%1 → %2").arg(before).arg(minutes))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the setting");
    });
}

ServiceResult SecurityService::addUser(const QString& name, const QString& password, Role role)
{
    if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
        return ServiceResult::refused(why);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return ServiceResult::invalid(problem, QStringLiteral("name"));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return ServiceResult::invalid(problem, QStringLiteral("password"));
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return ServiceResult::storage(QStringLiteral("crypto_pwhash_str failed"));
    return write([&](qint64* id) -> QString {
        const WriteResult added = m_users.add(name, role, hash);
        if (!added.ok())
            return added.error;
        *id = added.id;
        return m_audit.record(QStringLiteral("user.add"),
                              QStringLiteral("%1 (%2)").arg(name.trimmed(), Roles::code(role)))
                   ? QString()
                   : QStringLiteral("audit_log: could not record the user");
    });
}

QString SecurityService::lastAdminProblem(const UserAccount& user, bool staysActiveAdmin) const
{
    if (user.role == Role::Admin && user.active && !staysActiveAdmin && m_users.activeAdmins() <= 1)
        return QCoreApplication::translate("SecurityService",
                                           "%1 is the last active secretary / administrator; add another "
                                           "one first.")
            .arg(user.name);
    return {};
}

ServiceResult SecurityService::changeRole(qint64 userId, Role role)
{
    if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
        return ServiceResult::refused(why);
    const UserAccount user = m_users.byId(userId);
    if (user.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("SecurityService", "The user no longer exists."));
    if (const QString problem = lastAdminProblem(user, role == Role::Admin); !problem.isEmpty())
        return ServiceResult::refused(problem);
    const ServiceResult result = write([&](qint64* id) -> QString {
        *id = userId;
        if (const WriteResult set = m_users.setRole(userId, role); !set.ok())
            return set.error;
        return m_audit.recordChange(QStringLiteral("user.role"), QStringLiteral("user %1").arg(user.name),
                                    {{QStringLiteral("role"), Roles::code(user.role), Roles::code(role)}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the user");
    });
    if (result.ok() && m_session.user().id == userId) {
        SignedInUser self = m_session.user();
        self.role = role;
        m_session.signIn(self);
    }
    return result;
}

ServiceResult SecurityService::setActive(qint64 userId, bool active)
{
    if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
        return ServiceResult::refused(why);
    const UserAccount user = m_users.byId(userId);
    if (user.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("SecurityService", "The user no longer exists."));
    if (const QString problem = lastAdminProblem(user, active); !problem.isEmpty())
        return ServiceResult::refused(problem);
    return write([&](qint64* id) -> QString {
        *id = userId;
        if (const WriteResult set = m_users.setActive(userId, active); !set.ok())
            return set.error;
        return m_audit.recordChange(
                   QStringLiteral("user.active"), QStringLiteral("user %1").arg(user.name),
                   {{QStringLiteral("active"), user.active ? QStringLiteral("yes") : QStringLiteral("no"),
                     active ? QStringLiteral("yes") : QStringLiteral("no")}})
                   ? QString()
                   : QStringLiteral("audit_log: could not record the user");
    });
}

ServiceResult SecurityService::setPassword(qint64 userId, const QString& password)
{
    const bool self = m_session.signedIn() && m_session.user().id == userId;
    if (!self)
        if (const QString why = m_session.refusal(Permission::ManageUsers); !why.isEmpty())
            return ServiceResult::refused(why);
    const UserAccount user = m_users.byId(userId);
    if (user.id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("SecurityService", "The user no longer exists."));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return ServiceResult::invalid(problem, QStringLiteral("password"));
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return ServiceResult::storage(QStringLiteral("crypto_pwhash_str failed"));
    return write([&](qint64* id) -> QString {
        *id = userId;
        if (const WriteResult set = m_users.setPasswordHash(userId, hash); !set.ok())
            return set.error;
        if (const WriteResult cleared = m_users.clearFailures(user.name); !cleared.ok())
            return cleared.error;
        return m_audit.record(QStringLiteral("user.password"), user.name)
                   ? QString()
                   : QStringLiteral("audit_log: could not record the user");
    });
}

int SecurityService::secondsToWait(const QString& name) const
{
    const SignInFailures failures = m_users.failures(name);
    const int delay = SignInDelay::secondsAfter(failures.count);
    if (delay == 0 || !failures.last.isValid())
        return 0;
    const qint64 waited = failures.last.secsTo(m_now());
    // A clock set back does not lock anyone out for longer than the delay itself.
    return waited >= delay || waited < 0 ? 0 : static_cast<int>(delay - waited);
}

SignInResult SecurityService::signIn(const QString& typedName, const QString& password)
{
    const QString name = typedName.trimmed();
    SignInResult result;
    if (const int wait = secondsToWait(name); wait > 0) {
        result.waitSeconds = wait;
        result.message = QCoreApplication::translate(
            "SecurityService", "Too many wrong passwords; try again in %n seconds.", nullptr, wait);
        return result;
    }
    const UserAccount user = m_users.byName(name);
    const bool matches =
        user.id > 0 && user.active && PasswordHash::verify(m_users.passwordHash(user.id), password);
    QSqlDatabase db = m_users.database();
    if (!matches) {
        // Written whatever the write gate says: it is how the delay survives a restart.
        inTransaction(db, [&](qint64*) -> QString {
            if (const WriteResult failed = m_users.recordFailure(name, m_now()); !failed.ok())
                return failed.error;
            m_audit.recordAs(name, QStringLiteral("sign_in.failed"),
                             user.id > 0 && !user.active ? QStringLiteral("disabled account")
                                                         : QStringLiteral("wrong name or password"));
            return {};
        });
        result.waitSeconds = secondsToWait(name);
        result.message = QCoreApplication::translate("SecurityService", "The name or the password is wrong.");
        if (result.waitSeconds > 0)
            result.message +=
                QLatin1Char(' ') + QCoreApplication::translate("SecurityService",
                                                               "Wait %n seconds before trying again.",
                                                               nullptr, result.waitSeconds);
        return result;
    }
    m_session.signIn({user.id, user.name, user.role});
    inTransaction(db, [&](qint64*) -> QString {
        m_users.clearFailures(name);
        m_audit.record(QStringLiteral("sign_in"), Roles::code(user.role));
        return {};
    });
    result.ok = true;
    return result;
}

void SecurityService::signOut()
{
    if (m_session.signedIn())
        m_audit.record(QStringLiteral("sign_out"), QString());
    m_session.signOut();
}

} // namespace partydesk
