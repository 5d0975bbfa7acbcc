#pragma once

#include "StorageHealth.h"

#include <QCoreApplication>
#include <QString>

namespace partydesk {

// Holds writes back while the workspace file's integrity check runs in the background, and for
// good if it fails or SQLite reports damage on any statement: a damaged file is never written to.
class WriteGate
{
public:
    void startChecking() { m_state = State::Checking; }
    void checkPassed() { m_state = State::Open; }
    void checkFailed(const QString& problem)
    {
        m_state = State::Closed;
        m_problem = problem;
    }

    // A workspace opened read-only (a read-only file, folder or drive) is viewed and exported,
    // never written; `reason` says why and what to do.
    void setReadOnly(const QString& reason) { m_readOnly = reason; }
    bool readOnly() const { return !m_readOnly.isEmpty(); }

    // Why nothing may be written now, or an empty string.
    QString refusal() const
    {
        const QString damage = StorageHealth::damage();
        if (!damage.isEmpty())
            return damage;
        if (!m_readOnly.isEmpty())
            return m_readOnly;
        switch (m_state) {
        case State::Checking:
            return QCoreApplication::translate("WriteGate", "The workspace file is still being checked; "
                                                            "try again in a moment.");
        case State::Closed:
            return m_problem;
        default:
            return {};
        }
    }

private:
    enum class State
    {
        Open,
        Checking,
        Closed
    };
    State m_state = State::Open;
    QString m_problem;
    QString m_readOnly;
};

} // namespace partydesk
