#include "HomeLoader.h"

#include "meetings/MeetingRepository.h"
#include "rating/RatingRepository.h"
#include "storage/Database.h"

#include <QSqlDatabase>

namespace partydesk {

HomeLoader::~HomeLoader()
{
    if (m_thread)
        m_thread->wait();
}

void HomeLoader::start(const QString& workspaceConnection, const AgendaScope& scope)
{
    if (m_thread)
        m_thread->wait(); // an earlier read is superseded; its result is dropped below
    const int generation = ++m_generation;
    m_loading = true;
    QPointer<HomeLoader> self(this);
    m_thread = QThread::create([self, workspaceConnection, scope, generation] {
        QList<AgendaItem> items;
        HomeFacts facts;
        const QString connection = QStringLiteral("home-loader-%1").arg(generation);
        {
            QSqlDatabase db = Database::addReader(workspaceConnection, connection);
            if (db.open()) {
                items = buildAgenda(db, scope);
                facts = readHomeFacts(db, MeetingRepository(db), RatingRepository(db), scope.organisations,
                                      scope.rootId, scope.today);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, items, facts, generation] {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_loading = false;
                    emit self->loaded(items, facts);
                },
                Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

} // namespace partydesk
