#include "DuesRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace partydesk {

namespace {

DuesPayment paymentFrom(const QSqlQuery& q)
{
    DuesPayment p;
    p.memberId = q.value(0).toLongLong();
    p.month = monthFromText(q.value(1).toString());
    p.amount = q.value(2).toLongLong();
    p.paidOn = dateFromSql(q.value(3));
    p.method = paymentMethodFromCode(q.value(4).toString());
    p.receiptNo = q.value(5).toString();
    p.orgId = q.value(6).toLongLong();
    return p;
}

const char* const paymentColumns = "member_id, month, amount, paid_on, method, receipt_no, org_id";

} // namespace

QList<DuesRateTable> DuesRepository::rateTables(bool* ok) const
{
    QList<DuesRateTable> tables{DuesRateTable::standard()};
    tables += storedRateTables(nullptr, ok);
    return tables;
}

QList<DuesRateTable> DuesRepository::storedRateTables(QStringList* notes, bool* ok) const
{
    QList<DuesRateTable> tables;
    QHash<qint64, int> byId;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, valid_from, fixed_minimum, farmer_lowest, farmer_highest, note "
                             "FROM dues_rate_table ORDER BY valid_from"));
    bool fine = execRead(q);
    while (fine && q.next()) {
        DuesRateTable t;
        t.validFrom = monthFromText(q.value(1).toString());
        t.fixedMinimum = q.value(2).toLongLong();
        t.farmerLowest = q.value(3).toLongLong();
        t.farmerHighest = q.value(4).toLongLong();
        byId.insert(q.value(0).toLongLong(), int(tables.size()));
        tables.append(t);
        if (notes)
            notes->append(q.value(5).toString());
    }
    QSqlQuery b(m_db);
    b.prepare(QStringLiteral("SELECT table_id, basis, up_to, basis_points FROM dues_rate_bracket "
                             "ORDER BY table_id, basis, position"));
    fine = fine && execRead(b);
    while (fine && b.next()) {
        const int index = byId.value(b.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        const DuesBracket bracket{b.value(2).toLongLong(), b.value(3).toInt()};
        if (b.value(1).toString() == QLatin1String("retired"))
            tables[index].retired.append(bracket);
        else
            tables[index].inWork.append(bracket);
    }
    if (ok)
        *ok = fine;
    return tables;
}

QList<DuesBase> DuesRepository::bases(qint64 memberId) const
{
    QList<DuesBase> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT valid_from, basis, income, note FROM dues_base WHERE member_id = ? "
                             "ORDER BY valid_from"));
    q.addBindValue(memberId);
    if (!execRead(q))
        return list;
    while (q.next())
        list.append({memberId, monthFromText(q.value(0).toString()), duesBasisFromCode(q.value(1).toString()),
                     q.value(2).toLongLong(), q.value(3).toString()});
    return list;
}

QList<DuesPayment> DuesRepository::payments(qint64 memberId, int year) const
{
    QList<DuesPayment> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM dues_payment WHERE member_id = ? AND (? = 0 OR substr(month, 1, 4) = ?) "
                  "ORDER BY month")
                  .arg(QLatin1String(paymentColumns)));
    bindValues(q, {memberId, year, QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'))});
    if (!execRead(q))
        return list;
    while (q.next())
        list.append(paymentFrom(q));
    return list;
}

std::optional<DuesPayment> DuesRepository::payment(qint64 memberId, QDate month) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM dues_payment WHERE member_id = ? AND month = ?")
                  .arg(QLatin1String(paymentColumns)));
    bindValues(q, {memberId, monthText(month)});
    if (execRead(q) && q.next())
        return paymentFrom(q);
    return std::nullopt;
}

QString DuesRepository::writeRateTable(const DuesRateTable& t, const QString& note)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dues_rate_table (valid_from, fixed_minimum, farmer_lowest, "
                             "farmer_highest, note) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {monthText(t.validFrom), t.fixedMinimum, t.farmerLowest, t.farmerHighest, note});
    if (QString e = execQuery(q); !e.isEmpty())
        return e;
    const qint64 id = returnedId(q);
    QSqlQuery b(m_db);
    b.prepare(QStringLiteral("INSERT INTO dues_rate_bracket (table_id, basis, position, up_to, basis_points) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [basis, brackets] :
         {std::pair{QStringLiteral("in_work"), t.inWork}, std::pair{QStringLiteral("retired"), t.retired}}) {
        for (int i = 0; i < brackets.size(); ++i) {
            bindValues(b, {id, basis, i, brackets.at(i).upTo, brackets.at(i).basisPoints});
            if (QString e = execQuery(b); !e.isEmpty())
                return e;
        }
    }
    return {};
}

QString DuesRepository::writeBase(const DuesBase& base)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dues_base (member_id, valid_from, basis, income, note) "
                             "VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (member_id, valid_from) DO UPDATE SET basis = excluded.basis, "
                             "income = excluded.income, note = excluded.note"));
    bindValues(q,
               {base.memberId, monthText(base.validFrom), duesBasisCode(base.basis), base.income, base.note});
    return execQuery(q);
}

QString DuesRepository::removeBase(qint64 memberId, QDate month)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM dues_base WHERE member_id = ? AND valid_from = ?"));
    bindValues(q, {memberId, monthText(month)});
    return execQuery(q);
}

QString DuesRepository::writePayment(const DuesPayment& p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dues_payment (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(paymentColumns)));
    bindValues(q, {p.memberId, monthText(p.month), p.amount, sqlDate(p.paidOn), paymentMethodCode(p.method),
                   p.receiptNo, p.orgId});
    return execQuery(q);
}

QString DuesRepository::removePayment(qint64 memberId, QDate month)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM dues_payment WHERE member_id = ? AND month = ?"));
    bindValues(q, {memberId, monthText(month)});
    return execQuery(q);
}

} // namespace partydesk
