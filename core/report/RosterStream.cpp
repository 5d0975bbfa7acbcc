#include "RosterStream.h"

#include "domain/Enums.h"
#include "repository/MemberRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

// A read-only connection of this thread to the file, removed when the work is done.
template <typename Work>
void withConnection(const QString& workspaceConnection, const QString& name, Work work)
{
    {
        QSqlDatabase db = Database::addReader(workspaceConnection, name);
        db.open(); // a failure shows in the first query's error
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString orgCondition(const std::optional<QSet<qint64>>& orgIds, const QString& column)
{
    if (!orgIds)
        return QStringLiteral("TRUE");
    QStringList ids;
    for (qint64 id : *orgIds)
        ids << QString::number(id); // our own ids: safe as text
    return QStringLiteral("%1 IN (%2)")
        .arg(column, ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(',')));
}

// The fields a roster filter looks at (organisation, category, status, left, tags): a tenth of a
// full row's cost.
int countAccepted(const QSqlDatabase& db, const std::optional<QSet<qint64>>& orgIds,
                  const RosterStream::Accepts& accepts, QString* error)
{
    QSqlQuery tags(db);
    tags.setForwardOnly(true);
    if (!tags.exec(
            QStringLiteral("SELECT t.member_id, t.tag FROM member_tag t JOIN member m ON m.id = t.member_id "
                           "WHERE %1")
                .arg(orgCondition(orgIds, QStringLiteral("m.org_id"))))) {
        *error = tags.lastError().text();
        return 0;
    }
    const QHash<qint64, quint32> tagMasks = tagMasksFrom(tags);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, org_id, category, status, left_on IS NOT NULL FROM member WHERE %1")
                .arg(orgCondition(orgIds, QStringLiteral("org_id"))))) {
        *error = q.lastError().text();
        return 0;
    }
    int count = 0;
    while (q.next()) {
        RosterRow row;
        row.id = q.value(0).toLongLong();
        row.orgId = q.value(1).toLongLong();
        enumFromCode(q.value(2).toString(), &row.category);
        enumFromCode(q.value(3).toString(), &row.status);
        if (q.value(4).toBool())
            row.leftOn = QDate(2000, 1, 1); // only whether, not when, matters to a filter
        row.tagMask = tagMasks.value(row.id);
        count += accepts(row) ? 1 : 0;
    }
    if (q.lastError().isValid())
        *error = q.lastError().text();
    return count;
}

} // namespace

RosterStream::RosterStream(const QString& workspaceConnection, std::optional<QSet<qint64>> orgIds,
                           Accepts accepts)
    : m_workspaceConnection(workspaceConnection), m_orgIds(std::move(orgIds)), m_accepts(std::move(accepts))
{
    // The full read starts at once; the light count runs beside it on this thread.
    m_thread = std::thread([this] { read(); });
    QString error;
    int count = 0;
    withConnection(m_workspaceConnection, QStringLiteral("roster-stream-count"),
                   [&](QSqlDatabase& db) { count = countAccepted(db, m_orgIds, m_accepts, &error); });
    std::lock_guard<std::mutex> lock(m_mutex);
    m_count = count;
    m_counted = true;
    if (!error.isEmpty()) {
        m_error = error;
        m_stop = true;
    }
    m_grown.notify_all();
}

RosterStream::~RosterStream()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    if (m_thread.joinable())
        m_thread.join();
}

void RosterStream::read()
{
    QString error;
    withConnection(m_workspaceConnection, QStringLiteral("roster-stream-read"), [&](QSqlDatabase& db) {
        const QSet<qint64>* ids = m_orgIds ? &*m_orgIds : nullptr;
        const bool ok = forEachRosterRow(db, -1, 0, ids, [this](RosterRow&& row) {
            if (!m_accepts(row))
                return true;
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                return false;
            m_rows.push_back(std::move(row));
            m_grown.notify_all();
            return true;
        });
        if (!ok)
            error = db.lastError().text().isEmpty() ? QStringLiteral("read failed") : db.lastError().text();
    });
    std::unique_lock<std::mutex> lock(m_mutex);
    m_grown.wait(lock, [this] { return m_counted; });
    if (m_error.isEmpty())
        m_error = error;
    if (m_error.isEmpty() && !m_stop && int(m_rows.size()) != m_count)
        m_error = QCoreApplication::translate(
            "RosterStream", "The roster changed while it was being exported; export again.");
    m_done = true;
    m_grown.notify_all();
}

const RosterRow* RosterStream::row(int i)
{
    // A report asks for each of a row's cells in turn: one lock per row, not per cell.
    if (i == m_lastIndex)
        return m_lastRow;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_grown.wait(lock, [&] { return size_t(i) < m_rows.size() || m_done; });
    m_lastIndex = i;
    m_lastRow = size_t(i) < m_rows.size() ? &m_rows[size_t(i)] : nullptr;
    return m_lastRow;
}

QString RosterStream::error()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace partydesk
