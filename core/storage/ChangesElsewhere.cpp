#include "ChangesElsewhere.h"

#include "PostgresHandle.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace partydesk {

ChangesElsewhere::ChangesElsewhere(QSqlDatabase db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("changesElsewhere"));
    // Notices are read at each look (serverNotices), not by Qt's socket notifier, which misses
    // those that arrive while a query of this connection is running.
    if (onServer(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("LISTEN %1").arg(QLatin1String(serverChannel)));
    m_version = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangesElsewhere::check);
    if (intervalMs > 0)
        m_timer.start();
}

bool ChangesElsewhere::check()
{
    if (PGconn* connection = m_db.isOpen() ? postgresHandle(m_db) : nullptr) {
        PQconsumeInput(connection);
        while (PGnotify* notice = PQnotifies(connection)) {
            if (notice->be_pid != PQbackendPID(connection))
                m_notified = true;
            PQfreemem(notice);
        }
    }
    const qint64 version = dataVersion();
    const bool changedHere = (version >= 0 && version != m_version) || m_notified;
    m_notified = false;
    if (version >= 0)
        m_version = version;
    if (!changedHere && !m_postponed)
        return false;
    m_postponed = false;
    emit changed();
    return true;
}

qint64 ChangesElsewhere::dataVersion() const
{
    if (!m_db.isOpen() || onServer(m_db))
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace partydesk
