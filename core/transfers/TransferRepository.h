#pragma once

#include "repository/RepositoryError.h"
#include "Transfer.h"

#include <optional>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace partydesk {

// Which transfers a list shows.
struct TransferQuery
{
    // A transfer belongs to these organisations when it left or reached one of them; none: all.
    std::optional<QSet<qint64>> orgIds;
    std::optional<TransferDirection> direction;
    int year = 0; // 0: every year
    // Only transfers out still waiting for their receipt on this day (receiptOverdueCutoff).
    QDate waitingOn;
};

// The table `transfer` (schema 7). SQL only: TransferService validates, opens the transaction and
// records the audit entry.
class TransferRepository
{
public:
    explicit TransferRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QSqlDatabase database() const { return m_db; }
    Transfer get(qint64 id) const;
    // Newest first (date, then id); with `waitingOn`, oldest first, as the reminder lists them.
    QList<Transfer> list(const TransferQuery& query = {}) const;
    QList<Transfer> forMember(qint64 memberId) const;
    // Transfers out without a receipt three calendar months after their date on `today`, oldest
    // first: the home page's reminder. Counted and filtered in SQL.
    QList<Transfer> waitingReceipts(QDate today, const std::optional<QSet<qint64>>& orgIds = {}) const;
    int waitingReceiptCount(QDate today) const;
    // The years that have transfers, newest first.
    QList<int> years() const;

    WriteResult insert(const Transfer& transfer);
    WriteResult setReceipt(qint64 id, QDate receiptOn);
    WriteResult remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
