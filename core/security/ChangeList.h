#pragma once

#include "domain/Member.h"
#include "domain/Organisation.h"
#include "repository/AuditLog.h"

namespace partydesk::ChangeList {

// The fields that differ between two versions of a member, old → new, by their snapshot names
// (core/import/MemberSnapshot); ID numbers masked as the roster masks them (IdNumber::masked).
// `before` with id 0: a new member, every filled field listed.
QList<FieldChange> ofMember(const Member& before, const Member& after);
QList<FieldChange> ofOrganisation(const Organisation& before, const Organisation& after);

} // namespace partydesk::ChangeList
