#include "RosterLoader.h"

#include "MemberRepository.h"
#include "OrganisationRepository.h"
#include "storage/Database.h"

#include <QSqlDatabase>

namespace partydesk {

RosterLoader::~RosterLoader()
{
    if (m_thread)
        m_thread->wait();
}

void RosterLoader::start(const QString& workspaceConnection, bool counts)
{
    if (m_thread)
        m_thread->wait(); // an earlier load is superseded; its result is dropped below
    const int generation = ++m_generation;
    QPointer<RosterLoader> self(this);
    m_thread = QThread::create([self, workspaceConnection, generation, counts] {
        auto rows = std::make_shared<std::vector<RosterRow>>();
        const QString connection = QStringLiteral("roster-loader-%1").arg(generation);
        {
            QSqlDatabase db = Database::addReader(workspaceConnection, connection);
            if (db.open() && counts && self) {
                const QHash<qint64, MemberCounts> read = OrganisationRepository(db).memberCounts();
                QMetaObject::invokeMethod(
                    self,
                    [self, read, generation] {
                        if (self && generation == self->m_generation)
                            emit self->countsLoaded(read);
                    },
                    Qt::QueuedConnection);
            }
            if (db.isOpen())
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
