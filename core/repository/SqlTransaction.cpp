#include "SqlTransaction.h"

#include "storage/PostgresHandle.h"
#include "storage/SqliteHandle.h"

#include <atomic>

namespace partydesk {

namespace {

QString run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : query.lastError().text();
}

} // namespace

bool inOpenTransaction(const QSqlDatabase& db)
{
    if (sqlite3* handle = sqliteHandle(db))
        return sqlite3_get_autocommit(handle) == 0;
    if (PGconn* connection = postgresHandle(db)) {
        const PGTransactionStatusType status = PQtransactionStatus(connection);
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
    }
    return false;
}

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (inOpenTransaction(m_db)) {
        static std::atomic<int> counter{0};
        m_savepoint = QStringLiteral("pd_step_%1").arg(++counter);
        m_error = run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
    }
    m_open = m_error.isEmpty();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_open)
        rollback();
}

QString ScopedTransaction::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    if (nested()) {
        const QString error = run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
        if (!error.isEmpty())
            run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        return error;
    }
    if (m_db.commit())
        return {};
    const QString error = m_db.lastError().text();
    m_db.rollback();
    return error;
}

void ScopedTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (nested()) {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        m_db.rollback();
    }
}

} // namespace partydesk
