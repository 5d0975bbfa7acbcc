#pragma once

#include "domain/PartyMembership.h"
#include "RosterRow.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <vector>

namespace partydesk {

// Reads the whole roster on a thread of its own, with its own connection to the same file, so a
// district's 100,000 members load while the window is already on screen. With `counts`, first the
// people on the roster by organisation and status (a district's take longer than the rest of the
// start-up).
class RosterLoader : public QObject
{
    Q_OBJECT

public:
    using Rows = std::shared_ptr<std::vector<RosterRow>>;

    explicit RosterLoader(QObject* parent = nullptr) : QObject(parent) {}
    ~RosterLoader() override;

    void start(const QString& workspaceConnection, bool counts = false);
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    // Emitted in the loader's own (the caller's) thread; counts before rows.
    void countsLoaded(const QHash<qint64, partydesk::MemberCounts>& counts);
    void loaded(partydesk::RosterLoader::Rows rows);

private:
    QPointer<QThread> m_thread;
    int m_generation = 0;
};

} // namespace partydesk
