#include "ChangesElsewhere.h"

#include "SqlDialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace partydesk {

ChangesElsewhere::ChangesElsewhere(QSqlDatabase db, int intervalMs, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("changesElsewhere"));
    if (onServer(m_db) && m_db.driver()) {
        QSqlDriver* driver = m_db.driver();
        driver->subscribeToNotification(QLatin1String(serverChannel));
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == QLatin1String(serverChannel) && source == QSqlDriver::OtherSource)
                        m_notified = true;
                });
    }
    m_version = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangesElsewhere::check);
    if (intervalMs > 0)
        m_timer.start();
}

bool ChangesElsewhere::check()
{
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
