#pragma once

#include "domain/Member.h"
#include "RepositoryError.h"
#include "RosterRow.h"
#include "storage/WriteGate.h"

#include <optional>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <vector>

namespace partydesk {

class Clock;

// Reads roster rows: all of them, the first `limit` in roster order, (memberId > 0) one member, or
// (orgIds given) the members of those organisations. A free function so a loader thread can use
// its own connection.
std::vector<RosterRow> readRoster(const QSqlDatabase& db, int limit = -1, qint64 memberId = 0,
                                  const QSet<qint64>* orgIds = nullptr);

class MemberRepository
{
public:
    MemberRepository(QSqlDatabase db, const Clock& clock, const WriteGate* gate = nullptr)
        : m_db(std::move(db)), m_clock(clock), m_gate(gate)
    {
    }

    // The whole roster, members who left included (the roster filters them), ordered by organisation.
    std::vector<RosterRow> roster() const { return readRoster(m_db); }
    // One member's roster row (after a save), or none.
    std::optional<RosterRow> rosterRow(qint64 memberId) const;

    Member get(qint64 id) const;
    QList<MemberEvent> events(qint64 memberId) const;

    // Validates, then writes the member, tags and history events in one transaction.
    // A new member gets a "joined the roster" event; a changed category, status or branch gets its own.
    WriteResult save(const Member& member);

    // Takes the member off the roster; the record stays as history.
    WriteResult recordLeaving(qint64 memberId, QDate date, LeaveKind kind, const QString& reason);

    bool idNumberInUse(const QString& idNumber, qint64 exceptMemberId) const;

private:
    QString refusal() const { return m_gate ? m_gate->refusal() : QString(); }

    QSqlDatabase m_db;
    const Clock& m_clock;
    const WriteGate* m_gate = nullptr;
};

} // namespace partydesk
