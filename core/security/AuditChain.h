#pragma once

#include <QString>

namespace partydesk {

// One entry of the audit trail as stored.
struct AuditEntry
{
    qint64 id = 0;
    QString recordedAt; // yyyy-MM-dd HH:mm:ss, local time
    QString userName;   // empty when the workspace works without sign-in
    QString action;
    QString detail;
    QString hash;
};

// The audit trail is a hash chain: each entry stores SHA-256(previous entry's hash, its own
// content). Changing, removing or inserting a row in the file breaks the chain at that row or the
// next, which AuditLog::verify finds. (Someone who rewrites every later hash by hand is not
// stopped by this alone; the backups keep earlier chains to compare with.)
namespace AuditChain {

// The entry's content in one fixed form: a compact JSON array of id, time, user, action, detail.
QByteArray canonical(const AuditEntry& entry);
// The hash the entry must carry after `previousHash` (empty for the first entry), as hex.
QString link(const QString& previousHash, const AuditEntry& entry);

} // namespace AuditChain

} // namespace partydesk
