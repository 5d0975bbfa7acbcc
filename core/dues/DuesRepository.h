#pragma once

#include "DuesRecords.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

// The dues tables: rate tables with their brackets, members' bases and payments. Reads return what
// is stored; writes are plain SQL inside the caller's transaction (DuesService validates, opens it
// and records the audit entry) and return the error text, or an empty string.
class DuesRepository
{
public:
    explicit DuesRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; }

    // The national table from always (DuesRateTable::standard()), then every stored table from its
    // month. `ok` is false when the read failed.
    QList<DuesRateTable> rateTables(bool* ok = nullptr) const;
    // The stored tables only, oldest first, with their notes.
    QList<DuesRateTable> storedRateTables(QStringList* notes = nullptr, bool* ok = nullptr) const;
    // The bases of a member, oldest first.
    QList<DuesBase> bases(qint64 memberId) const;
    // The payments of a member, oldest month first; with `year`, only those of that year.
    QList<DuesPayment> payments(qint64 memberId, int year = 0) const;
    std::optional<DuesPayment> payment(qint64 memberId, QDate month) const;

    QString writeRateTable(const DuesRateTable& table, const QString& note);
    QString writeBase(const DuesBase& base); // replaces the base of the same month
    QString removeBase(qint64 memberId, QDate month);
    QString writePayment(const DuesPayment& payment);
    QString removePayment(qint64 memberId, QDate month);

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
