#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace partydesk {

// Tells when another connection to the workspace (another window, another clerk's computer) has
// committed a change, so that what is on screen can be read again instead of going stale. On a file,
// SQLite's PRAGMA data_version changes exactly then, and never for this connection's own commits:
// polling it costs a few microseconds. On a server, every table's statement trigger sends a NOTIFY
// on the channel `partydesk_changed` at commit; the server names the sender, so this connection's
// own commits are told apart and ignored.
class ChangesElsewhere : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 2000;
    static constexpr const char* serverChannel = "partydesk_changed";

    explicit ChangesElsewhere(QSqlDatabase db, int intervalMs = defaultIntervalMs, QObject* parent = nullptr);

    // Looks now; emits changed() and returns true when another connection committed since the last
    // look, or when a change could not be shown yet (postpone()).
    bool check();
    // The change just announced could not be shown now (a dialog is open, a value is being typed):
    // it is announced again at the next look.
    void postpone() { m_postponed = true; }

signals:
    void changed();

private:
    qint64 dataVersion() const;

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_postponed = false;
    bool m_notified = false; // a server said another connection committed
};

} // namespace partydesk
