#pragma once

#include "RepositoryError.h"
#include "RosterRow.h"
#include "domain/Member.h"

#include <QList>
#include <QSqlDatabase>
#include <vector>

namespace partydesk {

class Clock;

class MemberRepository
{
public:
    MemberRepository(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}

    // The whole roster, members who left included (the roster filters them), ordered by organisation.
    std::vector<RosterRow> roster() const;

    Member get(qint64 id) const;
    QList<MemberEvent> events(qint64 memberId) const;

    // Validates, then writes the member, tags and history events in one transaction.
    // A new member gets a "joined the roster" event; a changed category, status or branch gets its own.
    WriteResult save(const Member& member);

    // Takes the member off the roster; the record stays as history.
    WriteResult recordLeaving(qint64 memberId, QDate date, LeaveKind kind, const QString& reason);

    bool idNumberInUse(const QString& idNumber, qint64 exceptMemberId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace partydesk
