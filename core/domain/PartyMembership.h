#pragma once

#include "Enums.h"

#include <QString>

namespace partydesk {

// Who counts as a Party member (党员) in every count, title and statistic: full and probationary
// members (正式 + 预备) only. Applicants, activists and candidates are counted apart, by name.
bool isPartyMember(MemberStatus status);
// The same rule as an SQL condition on a status column, e.g. "m.status IN ('probationary', 'full')".
QString partyMemberSql(const QString& statusColumn);

// The people on the roster of an organisation (or a subtree), by the step they have reached.
struct MemberCounts
{
    int full = 0;
    int probationary = 0;
    int candidates = 0;
    int activists = 0;
    int applicants = 0;

    int partyMembers() const { return full + probationary; }
    int people() const { return partyMembers() + candidates + activists + applicants; }
    void add(MemberStatus status, int count = 1);
    MemberCounts& operator+=(const MemberCounts& other);
    bool operator==(const MemberCounts& other) const;
};

// "Party members 337 (full 300, probationary 37); applicants 20, activists 25, candidates 18",
// translated (context "MemberCounts").
QString describeMemberCounts(const MemberCounts& counts);

} // namespace partydesk
