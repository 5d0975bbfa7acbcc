#pragma once

#include "domain/Clock.h"
#include "domain/Member.h"
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
    ServiceResult save(const Member& member);
    // For importers, inside the caller's transaction: the same normalisation, rules and duplicate
    // check as save(), without a transaction or audit entry of its own (the import records one).
    ServiceResult saveWithin(const Member& member);
    // Takes the member off the roster; the record stays as history.
    ServiceResult recordLeaving(qint64 memberId, QDate date, LeaveKind kind, const QString& reason);

private:
    FieldErrors checkNormalised(const Member& member, bool* duplicateId) const;

    MemberRepository& m_members;
    AuditLog& m_audit;
    const Clock& m_clock;
    const WriteGate& m_gate;
};

} // namespace partydesk
