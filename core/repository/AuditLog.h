#pragma once

#include "security/AuditChain.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk {

class Session;

// One field changed by a write, as the audit trail shows it (ID numbers already masked).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

struct AuditFilter
{
    QString userName; // empty: every user
    QString action;   // empty: every action; "member." matches every action starting with it
    QDate from;       // invalid: no bound
    QDate to;
    int limit = 0; // 0: every entry
};

struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;
    qint64 brokenId = 0; // the first entry that does not follow from those before it
    QString message;     // the result for the user
};

// The audit trail: who did what and when, with sign-ins, every write with the fields changed,
// imports, exports, prints and full ID numbers shown. Entries are only ever added (triggers refuse
// UPDATE and DELETE) and chained (AuditChain), so tampering with the file shows in verify().
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Entries carry the session's user; without a session (tests, tools) they carry none.
    void setSession(const Session* session) { m_session = session; }
    const Session& session() const;

    bool record(const QString& action, const QString& detail);
    // An entry in someone else's name: a failed sign-in carries the name that was typed.
    bool recordAs(const QString& userName, const QString& action, const QString& detail);
    // A create/update/delete: `subject` names what (e.g. "member 12 张三"), `changes` old → new.
    bool recordChange(const QString& action, const QString& subject, const QList<FieldChange>& changes);
    int count(const QString& action) const;

    // Newest first.
    QList<AuditEntry> entries(const AuditFilter& filter = {}) const;
    QStringList userNames() const;
    QStringList actions() const;
    AuditVerification verify() const;

    // "field: old → new; …" as stored in an entry's detail.
    static QString describeChanges(const QList<FieldChange>& changes);
    // The schema step that made the log a chain hashes the entries written before it.
    static QString chainUnchainedEntries(QSqlDatabase& db);

private:
    QString append(const QString& userName, const QString& action, const QString& detail);

    QSqlDatabase m_db;
    const Session* m_session = nullptr;
};

} // namespace partydesk
