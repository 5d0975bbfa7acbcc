#pragma once

#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Records deliberate acts on personal information, such as showing full ID numbers.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}
    bool record(const QString& action, const QString& detail);
    int count(const QString& action) const;

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
