#pragma once

#include "domain/Clock.h"
#include "domain/Member.h"
#include "repository/RowSnapshot.h"
#include "ServiceResult.h"

namespace partydesk {

class AuditLog;
class MemberRepository;
class WriteGate;

// The one way a member is written, for the form, the import and the commands: normalised (names
// trimmed, the ID number's x upper-cased, the fields of other categories cleared, 少数民族 derived),
// validated, checked for a duplicate ID number, saved with its history and an audit entry in one
// transaction.
class MemberService
{
public:
    MemberService(MemberRepository& members, AuditLog& audit, const Clock& clock, const WriteGate& gate)
        : m_members(members), m_audit(audit), m_clock(clock), m_gate(gate)
    {
    }

    // What `save` would write: the member as normalised.
    static Member normalised(const Member& member);
    // Every field's problem, duplicates included, without writing: forms show them beside fields.
    FieldErrors check(const Member& member) const;
    // `effectiveOn`: the day a change of status, category or branch took effect (a development
    // step, a transfer), for the member's dated history; invalid means today. Not in the future.
    ServiceResult save(const Member& member, QDate effectiveOn = {});
    // For importers, inside the caller's transaction: the same normalisation, rules and duplicate
    // check as save(), without a transaction or audit entry of its own (the import records one).
    ServiceResult saveWithin(const Member& member, QDate effectiveOn = {});
    // Takes the member off the roster; the record stays as history.
    ServiceResult recordLeaving(qint64 memberId, QDate date, LeaveKind kind, const QString& reason);
    // Brings a member recorded as left back onto the roster: a dated history event with its
    // (required) reason, audited. Refused while another member on the roster has the ID number.
    ServiceResult reverseLeaving(qint64 memberId, QDate date, const QString& reason);

    // Undo (ui/undo). The member's record as it is now: `whole`, every row that goes when the member
    // is deleted (tags, history, attendance, import entries); otherwise what an edit or a leaving
    // changes (the member, tags, history). Empty when there is no such member.
    RowSnapshot record(qint64 memberId, bool whole) const;
    // Deletes a member entered by mistake with every row that refers to it, in one transaction,
    // audited; `removed` receives them all so that the deletion can be undone exactly. (People who
    // leave are recorded as left instead: their record stays as history.)
    ServiceResult deleteMember(qint64 memberId, RowSnapshot* removed);
    // Undo and redo: makes the member's record `wanted` (empty: deleted) again, with the same ids,
    // provided it is still exactly `expected` (empty: not there). Refused when it changed since,
    // when newer records took its ids, or when its ID number or branch no longer fit.
    ServiceResult restoreRecord(const RowSnapshot& expected, const RowSnapshot& wanted);

private:
    QString releaseServicePosts(qint64 memberId, QDate day);
    // The conflict a save made from an older version of the member gets.
    ServiceResult changedMeanwhile(const Member& saved) const;
    FieldErrors checkNormalised(const Member& member, bool* duplicateId) const;

    MemberRepository& m_members;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

} // namespace partydesk
