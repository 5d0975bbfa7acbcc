#pragma once

#include "home/Agenda.h"
#include "home/HomeFacts.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace partydesk {

// Reads the home page (the agenda and the figures) on a thread of its own, with its own connection
// to the same file: a district's takes more than a second, and the window is on screen meanwhile.
// A newer start supersedes an older one, whose result is dropped.
class HomeLoader : public QObject
{
    Q_OBJECT

public:
    explicit HomeLoader(QObject* parent = nullptr) : QObject(parent) {}
    ~HomeLoader() override;

    void start(const QString& workspaceConnection, const AgendaScope& scope);
    bool isLoading() const { return m_loading; }

signals:
    // In the loader's own (the caller's) thread.
    void loaded(const QList<partydesk::AgendaItem>& items, const partydesk::HomeFacts& facts);

private:
    QPointer<QThread> m_thread;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace partydesk
