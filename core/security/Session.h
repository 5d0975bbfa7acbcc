#pragma once

#include "Role.h"

#include <QString>

namespace partydesk {

struct SignedInUser
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
};

// Who is working with the workspace now. Without sign-in (an older workspace, a demo, or a choice)
// everything is allowed and entries carry no user; with sign-in, only what the user's role allows.
// The services ask it before every write (a refusal, like WriteGate's), the pages to hide actions.
class Session
{
public:
    bool signInRequired() const { return m_required; }
    void setSignInRequired(bool required) { m_required = required; }
    bool signedIn() const { return m_user.id > 0; }
    const SignedInUser& user() const { return m_user; }
    void signIn(const SignedInUser& user) { m_user = user; }
    void signOut() { m_user = {}; }
    // The name audit entries carry: the user's, or empty when nobody signed in.
    QString userName() const { return m_user.name; }

    // A workspace opened read-only allows reading, printing and masked exports only: nothing can be
    // saved, and full ID numbers are not shown because their audit entry could not be written.
    void setReadOnly(const QString& reason) { m_readOnly = reason; }

    bool allows(Permission permission) const;
    // Why the permission is refused now, or an empty string.
    QString refusal(Permission permission) const;

private:
    bool m_required = false;
    SignedInUser m_user;
    QString m_readOnly;
};

} // namespace partydesk
