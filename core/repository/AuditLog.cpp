#include "AuditLog.h"

#include "security/Session.h"
#include "service/ServiceResult.h"
#include "SqlTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

const char* const columns = "id, recorded_at, user_name, action, detail, hash";

AuditEntry entryFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

QStringList distinctValues(const QSqlDatabase& db, const char* column)
{
    QSqlQuery q(db);
    QStringList values;
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(QLatin1String(column))))
        while (q.next())
            values << q.value(0).toString();
    return values;
}

} // namespace

const Session& AuditLog::session() const
{
    static const Session withoutSignIn;
    return m_session ? *m_session : withoutSignIn;
}

bool AuditLog::record(const QString& action, const QString& detail)
{
    return recordAs(session().userName(), action, detail);
}

bool AuditLog::recordAs(const QString& userName, const QString& action, const QString& detail)
{
    if (inOpenTransaction(m_db))
        return append(userName, action, detail).isEmpty();
    // The chain's last hash is read and the entry written in one transaction.
    const WriteResult written =
        inTransaction(m_db, [&](qint64*) { return append(userName, action, detail); });
    return written.ok();
}

bool AuditLog::recordChange(const QString& action, const QString& subject, const QList<FieldChange>& changes)
{
    const QString described = describeChanges(changes);
    return record(action, described.isEmpty() ? subject : subject + QStringLiteral(": ") + described);
}

QString AuditLog::append(const QString& userName, const QString& action, const QString& detail)
{
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return last.lastError().text();
    AuditEntry entry;
    QString previousHash;
    entry.id = 1;
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toString();
    }
    entry.recordedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    entry.userName = userName;
    entry.action = action;
    entry.detail = detail;
    // A null QString would be bound as NULL; the columns hold text.
    for (QString* text : {&entry.userName, &entry.action, &entry.detail})
        if (text->isNull())
            *text = QStringLiteral("");
    entry.hash = AuditChain::link(previousHash, entry);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, recorded_at, user_name, action, detail, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : {QVariant(entry.id), QVariant(entry.recordedAt), QVariant(entry.userName),
                                  QVariant(entry.action), QVariant(entry.detail), QVariant(entry.hash)})
        q.addBindValue(value);
    const QString error = execQuery(q);
    if (!error.isEmpty())
        qCWarning(lcStorage) << "audit_log:" << error;
    return error;
}

int AuditLog::count(const QString& action) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        values << filter.userName;
    }
    if (!filter.action.isEmpty()) {
        // "member." names every member action; anything else names one action.
        if (filter.action.endsWith(QLatin1Char('.'))) {
            where << QStringLiteral("substr(action, 1, %1) = ?").arg(filter.action.size());
        } else {
            where << QStringLiteral("action = ?");
        }
        values << filter.action;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("recorded_at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("recorded_at < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(columns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    QList<AuditEntry> found;
    if (q.exec())
        while (q.next())
            found.append(entryFrom(q));
    return found;
}

QStringList AuditLog::userNames() const
{
    return distinctValues(m_db, "user_name");
}

QStringList AuditLog::actions() const
{
    return distinctValues(m_db, "action");
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(columns)))) {
        result.intact = false;
        result.message = QCoreApplication::translate("AuditLog", "The audit trail cannot be read: %1")
                             .arg(q.lastError().text());
        return result;
    }
    QString previousHash;
    while (q.next()) {
        const AuditEntry entry = entryFrom(q);
        if (entry.hash != AuditChain::link(previousHash, entry)) {
            result.intact = false;
            result.brokenId = entry.id;
            result.message =
                QCoreApplication::translate(
                    "AuditLog", "The audit trail has been tampered with: entry no. %1 (recorded %2) does not "
                                "follow from the entries before it. It was changed, or an entry before it "
                                "was removed or inserted, outside PartyDesk.")
                    .arg(entry.id)
                    .arg(entry.recordedAt);
            return result;
        }
        previousHash = entry.hash;
        ++result.checked;
    }
    result.message = QCoreApplication::translate("AuditLog", "The audit trail is intact: %n entries checked.",
                                                 nullptr, static_cast<int>(result.checked));
    return result;
}

QString AuditLog::describeChanges(const QList<FieldChange>& changes)
{
    QStringList parts;
    for (const FieldChange& change : changes)
        parts << QStringLiteral("%1: %2 → %3").arg(change.field, change.before, change.after);
    return parts.join(QStringLiteral("; "));
}

QString AuditLog::chainUnchainedEntries(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(columns))))
        return q.lastError().text();
    QList<AuditEntry> all;
    while (q.next())
        all.append(entryFrom(q));
    QString previousHash;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ? AND hash = ''"));
    for (AuditEntry& entry : all) {
        if (entry.hash.isEmpty()) {
            // A null QString would be bound as NULL; the columns hold text.
            for (QString* text : {&entry.userName, &entry.action, &entry.detail})
                if (text->isNull())
                    *text = QStringLiteral("");
            entry.hash = AuditChain::link(previousHash, entry);
            update.addBindValue(entry.hash);
            update.addBindValue(entry.id);
            if (const QString error = execQuery(update); !error.isEmpty())
                return error;
        }
        previousHash = entry.hash;
    }
    return {};
}

} // namespace partydesk
