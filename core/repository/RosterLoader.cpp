#include "RosterLoader.h"

#include "MemberRepository.h"

#include <QSqlDatabase>

namespace partydesk {

RosterLoader::~RosterLoader()
{
    if (m_thread)
        m_thread->wait();
}

void RosterLoader::start(const QString& databasePath)
{
    if (m_thread)
        m_thread->wait(); // an earlier load is superseded; its result is dropped below
    const int generation = ++m_generation;
    QPointer<RosterLoader> self(this);
    m_thread = QThread::create([self, databasePath, generation] {
        auto rows = std::make_shared<std::vector<RosterRow>>();
        const QString connection = QStringLiteral("roster-loader-%1").arg(generation);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                *rows = readRoster(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, rows, generation] {
                    if (self && generation == self->m_generation)
                        emit self->loaded(rows);
                },
                Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

} // namespace partydesk
