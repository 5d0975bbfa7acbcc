#include "TransferRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace partydesk {

namespace {

const char* const selectTransfers =
    "SELECT t.id, t.member_id, m.name, t.direction, t.transferred_on, t.from_org_id, t.to_org_id, "
    "t.counterpart, t.letter_no, t.receipt_on, t.notes FROM transfer t JOIN member m ON m.id = t.member_id";

Transfer transferFrom(const QSqlQuery& q)
{
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.memberId = q.value(1).toLongLong();
    t.memberName = q.value(2).toString();
    transferDirectionFromCode(q.value(3).toString(), &t.direction);
    t.date = dateFromSql(q.value(4));
    t.fromOrgId = q.value(5).toLongLong();
    t.toOrgId = q.value(6).toLongLong();
    t.counterpart = q.value(7).toString();
    t.letterNo = q.value(8).toString();
    t.receiptOn = dateFromSql(q.value(9));
    t.notes = q.value(10).toString();
    return t;
}

// Ids come from our own database, so they go into the statement as text.
QString orgCondition(const QSet<qint64>& orgIds)
{
    QStringList ids;
    for (qint64 id : orgIds)
        ids << QString::number(id);
    const QString list = ids.isEmpty() ? QStringLiteral("0") : ids.join(QLatin1Char(','));
    return QStringLiteral("(t.from_org_id IN (%1) OR t.to_org_id IN (%1))").arg(list);
}

QList<Transfer> readAll(QSqlQuery& q)
{
    QList<Transfer> list;
    if (execRead(q))
        while (q.next())
            list.append(transferFrom(q));
    return list;
}

} // namespace

Transfer TransferRepository::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(selectTransfers) + QStringLiteral(" WHERE t.id = ?"));
    q.addBindValue(id);
    const QList<Transfer> found = readAll(q);
    return found.isEmpty() ? Transfer() : found.first();
}

QList<Transfer> TransferRepository::list(const TransferQuery& query) const
{
    QStringList where;
    QVariantList values;
    if (query.orgIds)
        where << orgCondition(*query.orgIds);
    if (query.direction) {
        where << QStringLiteral("t.direction = ?");
        values << transferDirectionCode(*query.direction);
    }
    if (query.year > 0) {
        where << QStringLiteral("t.transferred_on BETWEEN ? AND ?");
        values << QStringLiteral("%1-01-01").arg(query.year, 4, 10, QLatin1Char('0'))
               << QStringLiteral("%1-12-31").arg(query.year, 4, 10, QLatin1Char('0'));
    }
    if (query.waitingOn.isValid()) {
        where << QStringLiteral("t.direction = 'out' AND t.receipt_on IS NULL AND t.transferred_on <= ?");
        values << isoDateText(receiptOverdueCutoff(query.waitingOn));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QLatin1String(selectTransfers) +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        (query.waitingOn.isValid() ? QStringLiteral(" ORDER BY t.transferred_on, t.id")
                                   : QStringLiteral(" ORDER BY t.transferred_on DESC, t.id DESC")));
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    return readAll(q);
}

QList<Transfer> TransferRepository::forMember(qint64 memberId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(selectTransfers) +
              QStringLiteral(" WHERE t.member_id = ? ORDER BY t.transferred_on, t.id"));
    q.addBindValue(memberId);
    return readAll(q);
}

QList<Transfer> TransferRepository::waitingReceipts(QDate today,
                                                    const std::optional<QSet<qint64>>& orgIds) const
{
    TransferQuery query;
    query.orgIds = orgIds;
    query.waitingOn = today;
    return list(query);
}

int TransferRepository::waitingReceiptCount(QDate today) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM transfer WHERE direction = 'out' AND receipt_on IS NULL "
                             "AND transferred_on <= ?"));
    q.addBindValue(isoDateText(receiptOverdueCutoff(today)));
    return execRead(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<int> TransferRepository::years() const
{
    QList<int> years;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT CAST(substr(transferred_on, 1, 4) AS INTEGER) AS y FROM transfer "
                       "ORDER BY y DESC"));
    if (execRead(q))
        while (q.next())
            years << q.value(0).toInt();
    return years;
}

WriteResult TransferRepository::insert(const Transfer& t)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO transfer (member_id, direction, transferred_on, from_org_id, to_org_id, "
        "counterpart, letter_no, receipt_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {t.memberId, transferDirectionCode(t.direction), sqlDate(t.date), sqlId(t.fromOrgId),
                   sqlId(t.toOrgId), t.counterpart, t.letterNo, sqlDate(t.receiptOn), t.notes});
    if (const QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {returnedId(q), {}};
}

WriteResult TransferRepository::setReceipt(qint64 id, QDate receiptOn)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE transfer SET receipt_on = ? WHERE id = ? AND direction = 'out'"));
    bindValues(q, {sqlDate(receiptOn), id});
    if (const QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {id, {}};
}

WriteResult TransferRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM transfer WHERE id = ?"));
    q.addBindValue(id);
    if (const QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {id, {}};
}

} // namespace partydesk
