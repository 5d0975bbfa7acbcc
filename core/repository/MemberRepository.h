#pragma once

#include "domain/Member.h"
#include "RepositoryError.h"
#include "RosterRow.h"
#include "StatementCache.h"
#include "storage/WriteGate.h"

#include <functional>
#include <memory>
#include <optional>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <vector>

namespace partydesk {

class Clock;

// Reads roster rows: all of them, the first `limit` in roster order, (memberId > 0) one member, or
// (orgIds given) the members of those organisations. A free function so a loader thread can use
// its own connection.
std::vector<RosterRow> readRoster(const QSqlDatabase& db, int limit = -1, qint64 memberId = 0,
                                  const QSet<qint64>* orgIds = nullptr);
// Members' tags as bit masks, from a query of (member_id, tag) rows that has been run.
QHash<qint64, quint32> tagMasksFrom(QSqlQuery& memberTags);
// The same rows one at a time, in the same order (organisation, then id), as they are read; `sink`
// returns false to stop. Returns false when the read failed.
bool forEachRosterRow(const QSqlDatabase& db, int limit, qint64 memberId, const QSet<qint64>* orgIds,
                      const std::function<bool(RosterRow&&)>& sink);

class MemberRepository
{
public:
    MemberRepository(QSqlDatabase db, const Clock& clock, const WriteGate* gate = nullptr)
        : m_db(db), m_clock(clock), m_gate(gate), m_statements(std::make_unique<StatementCache>(db))
    {
    }

    // The whole roster, members who left included (the roster filters them), ordered by organisation.
    std::vector<RosterRow> roster() const { return readRoster(m_db); }
    // The roster of these organisations only: a branch's export reads its own rows, not the district's.
    std::vector<RosterRow> roster(const QSet<qint64>& orgIds) const { return readRoster(m_db, -1, 0, &orgIds); }
    // One member's roster row (after a save), or none.
    std::optional<RosterRow> rosterRow(qint64 memberId) const;

    Member get(qint64 id) const;
    // Writes the pinyin keys (name_pinyin, name_initials) of every member whose name has none yet:
    // the schema step that adds them, and members written by hand. Returns the error text.
    static QString fillPinyinKeys(QSqlDatabase& db);
    QList<MemberEvent> events(qint64 memberId) const;

    // SQL only, inside the caller's transaction (MemberService validates and opens it): writes the
    // member, tags and history events. A new member gets a "joined the roster" event; a changed
    // category, status or branch gets its own, dated `effectiveOn` (a transfer's or a step's date;
    // invalid: today). A new member joins the roster on `effectiveOn` when it is given.
    WriteResult write(const Member& member, QDate effectiveOn = {});
    // Marks the member as left with a history event; the record stays.
    WriteResult writeLeaving(const Member& member, QDate date, LeaveKind kind, const QString& reason);
    // Puts a member who left back on the roster with a "leaving_reversed" history event.
    WriteResult writeLeavingReversed(const Member& member, QDate date, const QString& reason);
    QSqlDatabase database() const { return m_db; }

    bool idNumberInUse(const QString& idNumber, qint64 exceptMemberId) const;
    // Every ID number on record, each with its member's id: a member on the roster wins over an
    // earlier record of the same person who left (imports match on them, never adding a duplicate).
    QHash<QString, qint64> idNumbersOnRecord() const;

private:
    QString refusal() const { return m_gate ? m_gate->refusal() : QString(); }
    // The member's row, tags and history events; returns the error, or an empty string.
    QString writeRows(const Member& member, const Member& before, QDate effectiveOn, qint64* savedId);
    QString addEvent(qint64 memberId, QDate date, const QString& kind, const QString& from, const QString& to,
                     const QString& reason);

    QSqlDatabase m_db;
    const Clock& m_clock;
    const WriteGate* m_gate = nullptr;
    std::unique_ptr<StatementCache> m_statements; // mutable through the pointer: reads reuse them too
};

} // namespace partydesk
