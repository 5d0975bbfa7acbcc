#include "AuditLog.h"

#include <QSqlQuery>

namespace partydesk {

bool AuditLog::record(const QString& action, const QString& detail)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (action, detail) VALUES (?, ?)"));
    q.addBindValue(action);
    q.addBindValue(detail);
    return q.exec();
}

int AuditLog::count(const QString& action) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace partydesk
