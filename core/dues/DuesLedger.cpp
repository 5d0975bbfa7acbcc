#include "DuesLedger.h"

#include "domain/Enums.h"
#include "domain/OrganisationTree.h"
#include "DuesRepository.h"
#include "repository/SqlRead.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace partydesk {

namespace {

QString monthIndexSql(const QString& column)
{
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) * 12 + CAST(substr(%1, 6, 2) AS INTEGER))")
        .arg(column);
}

// The members paying here, their months owed and the months unpaid: `where` filters the member
// table `m`; `now` is the current month as text.
QString periodSql(const QString& where, const QString& now)
{
    const QString periods =
        QStringLiteral(
            "SELECT m.id, m.name, m.name_pinyin, m.org_id, "
            "max(b.first_base, coalesce(substr(m.joined_on, 1, 7), ''), "
            "coalesce((SELECT substr(min(e.event_date), 1, 7) FROM member_event e WHERE e.member_id = m.id "
            "AND e.kind = 'joined_roster'), '')) AS first_month, "
            "min('%2', coalesce(substr(m.left_on, 1, 7), '%2')) AS last_month "
            "FROM member m JOIN (SELECT member_id, min(valid_from) AS first_base FROM dues_base GROUP BY "
            "member_id) b "
            "ON b.member_id = m.id "
            "WHERE m.status IN ('probationary', 'full') AND m.category IN ('registered', 'floating_out') AND "
            "%1")
            .arg(where, now);
    // Materialised: each member's period is worked out once, not in every place it is used.
    return QStringLiteral("WITH p AS MATERIALIZED (%1) "
                          "SELECT p.id, p.name, p.org_id, p.first_month, p.last_month, "
                          "CASE WHEN p.first_month > p.last_month THEN 0 ELSE %2 - %3 + 1 - "
                          "(SELECT count(*) FROM dues_payment d WHERE d.member_id = p.id "
                          "AND d.month BETWEEN p.first_month AND p.last_month) END AS unpaid "
                          "FROM p")
        .arg(periods, monthIndexSql(QStringLiteral("p.last_month")),
             monthIndexSql(QStringLiteral("p.first_month")));
}

QString yearText(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// The base in force in `month` among `bases` (oldest first).
const DuesBase* baseIn(const QList<DuesBase>& bases, QDate month)
{
    const DuesBase* found = nullptr;
    for (const DuesBase& base : bases) {
        if (base.validFrom > month)
            break;
        found = &base;
    }
    return found;
}

// The dues owed in each month of `year` (-1: not owed).
std::array<Fen, 12> owedInYear(const DuesMember& member, const QList<DuesBase>& bases,
                               const QList<DuesRateTable>& tables, int year)
{
    std::array<Fen, 12> owed;
    owed.fill(-1);
    for (int i = 0; i < 12; ++i) {
        const QDate month(year, i + 1, 1);
        if (!member.owes(month))
            continue;
        const DuesBase* base = baseIn(bases, month);
        const DuesRateTable* table = duesTableFor(tables, month);
        owed[i] = base && table ? duesOf(*table, *base) : 0;
    }
    return owed;
}

DuesBase baseFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), monthFromText(q.value(1).toString()),
            duesBasisFromCode(q.value(2).toString()), q.value(3).toLongLong(), q.value(4).toString()};
}

const char* const baseQuery =
    "SELECT b.member_id, b.valid_from, b.basis, b.income, b.note FROM dues_base b "
    "JOIN member m ON m.id = b.member_id WHERE %1 ORDER BY b.member_id, b.valid_from";

} // namespace

QString orgFilterSql(const QString& column, const QSet<qint64>& orgIds)
{
    if (orgIds.isEmpty())
        return QStringLiteral("TRUE");
    QStringList ids;
    ids.reserve(orgIds.size());
    for (qint64 id : orgIds)
        ids << QString::number(id);
    return QStringLiteral("%1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

const DuesBase* DuesMemberYear::baseFor(QDate month) const
{
    return baseIn(bases, month);
}

QList<DuesMember> DuesLedger::select(const QString& where, bool* ok, const QString& wrap, int* total) const
{
    if (total)
        *total = 0;
    QList<DuesMember> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString periods = periodSql(where, monthText(currentMonth()));
    const bool fine =
        q.prepare(wrap.isEmpty() ? periods + QStringLiteral(" ORDER BY p.name_pinyin, p.name, p.id")
                                 : wrap.arg(periods)) &&
        execRead(q);
    while (fine && q.next()) {
        DuesMember m;
        m.memberId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.orgId = q.value(2).toLongLong();
        m.firstMonth = monthFromText(q.value(3).toString());
        m.lastMonth = monthFromText(q.value(4).toString());
        m.unpaidMonths = q.value(5).toInt();
        if (total)
            *total = q.value(6).toInt();
        list.append(m);
    }
    if (ok)
        *ok = fine;
    return list;
}

QList<DuesMember> DuesLedger::members(const QSet<qint64>& orgIds, bool* ok) const
{
    return select(orgFilterSql(QStringLiteral("m.org_id"), orgIds), ok);
}

std::optional<DuesMember> DuesLedger::member(qint64 memberId) const
{
    const QList<DuesMember> found = select(QStringLiteral("m.id = %1").arg(memberId), nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int DuesLedger::countInArrears(const QSet<qint64>& orgIds, int moreThan) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM (%1) AS ledger WHERE unpaid > ?")
            .arg(periodSql(orgFilterSql(QStringLiteral("m.org_id"), orgIds), monthText(currentMonth()))));
    q.addBindValue(moreThan);
    if (!execRead(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<DuesMember> DuesLedger::inArrears(const QSet<qint64>& orgIds, int moreThan, int limit, int* total) const
{
    // The count over all rows is a window: SQLite works it out before the limit, in the same pass.
    return select(
        orgFilterSql(QStringLiteral("m.org_id"), orgIds), nullptr,
        QStringLiteral(
            "SELECT *, count(*) OVER () FROM (%1) AS ledger WHERE unpaid > %2 ORDER BY unpaid DESC, "
            "name%3")
            .replace(QLatin1String("%2"), QString::number(moreThan))
            .replace(QLatin1String("%3"), limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
        total);
}

QList<DuesMemberYear> DuesLedger::yearWhere(const QString& where, int year) const
{
    QList<DuesMemberYear> list;
    const QDate january(year, 1, 1), december(year, 12, 1);
    QHash<qint64, int> index;
    for (const DuesMember& m : select(where, nullptr)) {
        if (!m.firstMonth.isValid() || m.firstMonth > december || m.lastMonth < january)
            continue;
        DuesMemberYear y;
        static_cast<DuesMember&>(y) = m;
        y.year = year;
        index.insert(m.memberId, int(list.size()));
        list.append(y);
    }
    if (list.isEmpty())
        return list;

    QSqlQuery b(m_db);
    b.setForwardOnly(true);
    if (b.prepare(QString::fromLatin1(baseQuery).arg(where)) && execRead(b))
        while (b.next())
            if (const int i = index.value(b.value(0).toLongLong(), -1); i >= 0)
                list[i].bases.append(baseFrom(b));

    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    if (p.prepare(QStringLiteral(
                      "SELECT d.member_id, d.month, d.amount, d.paid_on, d.method, d.receipt_no, d.org_id "
                      "FROM dues_payment d JOIN member m ON m.id = d.member_id WHERE %1 "
                      "AND d.month BETWEEN '%2-01' AND '%2-12'")
                      .arg(where, yearText(year))) &&
        execRead(p)) {
        while (p.next()) {
            const int i = index.value(p.value(0).toLongLong(), -1);
            const QDate month = monthFromText(p.value(1).toString());
            if (i < 0 || !month.isValid())
                continue;
            DuesPayment payment;
            payment.memberId = p.value(0).toLongLong();
            payment.month = month;
            payment.amount = p.value(2).toLongLong();
            payment.paidOn = QDate::fromString(p.value(3).toString(), Qt::ISODate);
            payment.method = paymentMethodFromCode(p.value(4).toString());
            payment.receiptNo = p.value(5).toString();
            payment.orgId = p.value(6).toLongLong();
            list[i].paid[month.month() - 1] = payment;
        }
    }

    const QList<DuesRateTable> tables = DuesRepository(m_db).rateTables();
    for (DuesMemberYear& y : list) {
        y.owed = owedInYear(y, y.bases, tables, year);
        for (int i = 0; i < 12; ++i) {
            if (y.owed[i] >= 0)
                y.yearOwed += y.owed[i];
            if (y.paid[i])
                y.yearPaid += y.paid[i]->amount;
            else if (y.owed[i] > 0)
                y.yearOutstanding += y.owed[i];
        }
    }
    return list;
}

QList<DuesMemberYear> DuesLedger::year(const QSet<qint64>& orgIds, int year) const
{
    return yearWhere(orgFilterSql(QStringLiteral("m.org_id"), orgIds), year);
}

std::optional<DuesMemberYear> DuesLedger::memberYear(qint64 memberId, int year) const
{
    const QList<DuesMemberYear> found = yearWhere(QStringLiteral("m.id = %1").arg(memberId), year);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Fen DuesLedger::owedFor(qint64 memberId, QDate month, bool* owes) const
{
    month = firstOfMonth(month);
    const std::optional<DuesMemberYear> y = memberYear(memberId, month.year());
    const bool owed = y && y->owes(month);
    if (owes)
        *owes = owed;
    return owed ? y->owed[month.month() - 1] : 0;
}

QList<BranchDuesTotals> DuesLedger::branchTotals(const QList<Organisation>& organisations, qint64 rootId,
                                                 int year) const
{
    // Each organisation of the subtree to its branch (a Party group to the branch above it).
    const QSet<qint64> subtree = subtreeIds(organisations, rootId);
    QHash<qint64, qint64> branchOf;
    QHash<qint64, int> index;
    QList<BranchDuesTotals> totals;
    for (const Organisation& o : organisations)
        if (subtree.contains(o.id) && isBranchLevel(o.type) && o.type != OrgType::PartyGroup) {
            branchOf.insert(o.id, o.id);
            index.insert(o.id, int(totals.size()));
            totals.append({o.id, 0, 0, 0, 0});
        }
    for (const Organisation& o : organisations)
        if (subtree.contains(o.id) && o.type == OrgType::PartyGroup && branchOf.contains(o.parentId))
            branchOf.insert(o.id, o.parentId);
    if (totals.isEmpty())
        return totals;

    const QString where = orgFilterSql(QStringLiteral("m.org_id"), subtree);
    const QString months = QStringLiteral("d.month BETWEEN '%1-01' AND '%1-12'").arg(yearText(year));
    // The months paid of each member, as bits (bit 0: January).
    QHash<qint64, int> paidMonths;
    QSqlQuery masks(m_db);
    masks.setForwardOnly(true);
    if (masks.prepare(
            QStringLiteral("SELECT d.member_id, sum(1 << (CAST(substr(d.month, 6, 2) AS INTEGER) - 1)) "
                           "FROM dues_payment d JOIN member m ON m.id = d.member_id WHERE %1 AND %2 "
                           "GROUP BY d.member_id")
                .arg(where, months)) &&
        execRead(masks))
        while (masks.next())
            paidMonths.insert(masks.value(0).toLongLong(), masks.value(1).toInt());

    QHash<qint64, QList<DuesBase>> bases;
    QSqlQuery b(m_db);
    b.setForwardOnly(true);
    if (b.prepare(QString::fromLatin1(baseQuery).arg(where)) && execRead(b))
        while (b.next())
            bases[b.value(0).toLongLong()].append(baseFrom(b));

    const QList<DuesRateTable> tables = DuesRepository(m_db).rateTables();
    const QDate january(year, 1, 1), december(year, 12, 1);
    for (const DuesMember& m : select(where, nullptr)) {
        const int i = index.value(branchOf.value(m.orgId), -1);
        if (i < 0 || !m.firstMonth.isValid() || m.firstMonth > december || m.lastMonth < january)
            continue;
        BranchDuesTotals& t = totals[i];
        ++t.members;
        const std::array<Fen, 12> owed = owedInYear(m, bases.value(m.memberId), tables, year);
        const int paid = paidMonths.value(m.memberId);
        for (int month = 0; month < 12; ++month) {
            if (owed[month] < 0)
                continue;
            t.owed += owed[month];
            if (!(paid & (1 << month)))
                t.outstanding += owed[month];
        }
    }

    QSqlQuery collected(m_db);
    collected.setForwardOnly(true);
    if (collected.prepare(QStringLiteral("SELECT d.org_id, sum(d.amount) FROM dues_payment d WHERE %1 AND %2 "
                                         "GROUP BY d.org_id")
                              .arg(orgFilterSql(QStringLiteral("d.org_id"), subtree), months)) &&
        execRead(collected))
        while (collected.next())
            if (const int i = index.value(branchOf.value(collected.value(0).toLongLong()), -1); i >= 0)
                totals[i].paid += collected.value(1).toLongLong();
    return totals;
}

} // namespace partydesk
