#pragma once

#include "SqlRead.h"
#include "SqlTransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace partydesk {

// The workspace's settings (the `setting` table, one value per key), read and written the one way.
inline QString readSetting(const QSqlDatabase& db, const QString& key, const QString& fallback = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    return execRead(q) && q.next() ? q.value(0).toString() : fallback;
}

// Sets `key` to `value`; returns an error, or empty.
inline QString writeSetting(const QSqlDatabase& db, const QString& key, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execQuery(q);
}

} // namespace partydesk
