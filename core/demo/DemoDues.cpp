#include "DemoDues.h"

#include "domain/Enums.h"
#include "dues/DuesRecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

namespace {

// The national table's dues of a base, in SQL (the demo's bases never change, so one table does).
const char* const duesSql =
    "CASE b.basis WHEN 'fixed_minimum' THEN 20 "
    "WHEN 'retired' THEN (b.income * CASE WHEN b.income <= 500000 THEN 50 ELSE 100 END + 5000) / 10000 "
    "ELSE (b.income * CASE WHEN b.income <= 300000 THEN 50 WHEN b.income <= 500000 THEN 100 "
    "WHEN b.income <= 1000000 THEN 150 ELSE 200 END + 5000) / 10000 END";

QString run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

} // namespace

// Every Party member who pays here gets a base from the first month of the ledger (or the month
// they joined the Party or the roster, when later): retired members a pension, students (under 23),
// the unemployed and those in hardship the fixed minimum, the others an after-tax income. Most
// months are paid (the current one by most), a few members stopped paying three months ago, one
// in about two hundred nine months ago (in red). Community: from January of last year; district:
// this year. Two INSERT … SELECT statements, whatever the number of members.
QString buildDemoDues(QSqlDatabase db, const DemoOptions& options)
{
    const QDate today = options.today;
    const bool district = options.scale == DemoOptions::Scale::District;
    const QString start = monthText(QDate(today.year() - (district ? 0 : 1), 1, 1));
    const QString now = monthText(today);
    const QString student = today.addYears(-23).toString(Qt::ISODate);

    QString bases = QStringLiteral(
        "INSERT INTO dues_base (member_id, valid_from, basis, income) "
        "SELECT m.id, max('{START}', coalesce(substr(m.joined_on, 1, 7), ''), "
        "coalesce((SELECT substr(min(e.event_date), 1, 7) FROM member_event e WHERE e.member_id = m.id "
        "AND e.kind = 'joined_roster'), '')) AS first_month, k.basis, "
        "CASE k.basis WHEN 'retired' THEN 300000 + (m.id * 7919 % 500) * 1000 + m.id % 100 "
        "WHEN 'in_work' THEN 250000 + (m.id * 104729 % 1250) * 1000 + m.id * 31 % 100 ELSE 0 END "
        "FROM member m JOIN (SELECT m2.id, CASE "
        "WHEN EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m2.id AND t.tag = 'retired') THEN "
        "'retired' "
        "WHEN EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m2.id AND t.tag IN ('unemployed', "
        "'hardship')) OR m2.birth_date > '{STUDENT}' THEN 'fixed_minimum' ELSE 'in_work' END AS basis "
        "FROM member m2) k ON k.id = m.id "
        "WHERE m.status IN ('probationary', 'full') AND m.category IN ('registered', 'floating_out') "
        "AND (m.left_on IS NULL OR m.left_on >= '{START}-01') AND first_month <= '{NOW}'");
    bases.replace(QLatin1String("{START}"), start)
        .replace(QLatin1String("{NOW}"), now)
        .replace(QLatin1String("{STUDENT}"), student);
    if (QString e = run(db, bases); !e.isEmpty())
        return e;

    // The months owed of each member; paid unless the member stopped paying, and the current month
    // by nine in ten. Per-month text is computed once in `months`, per-member text once in `periods`.
    const QString stoppedThree = monthText(today.addMonths(-3));
    const QString stoppedNine = monthText(today.addMonths(-9));
    QString payments = QStringLiteral(
        "WITH RECURSIVE months(month, compact, cap) AS (SELECT '{START}', replace('{START}', '-', ''), "
        "CASE WHEN '{START}' = '{NOW}' THEN {DAY} ELSE 28 END UNION ALL "
        "SELECT strftime('%Y-%m', month || '-01', '+1 month'), strftime('%Y%m', month || '-01', '+1 month'), "
        "CASE WHEN strftime('%Y-%m', month || '-01', '+1 month') = '{NOW}' THEN {DAY} ELSE 28 END "
        "FROM months WHERE month < '{NOW}'), "
        "periods AS MATERIALIZED (SELECT b.member_id, b.valid_from AS first_month, "
        "min('{NOW}', coalesce(substr(m.left_on, 1, 7), '{NOW}')) AS last_month, {DUES} AS dues, "
        "CASE WHEN o.org_type = '{GROUP}' THEN o.parent_id ELSE o.id END AS branch, "
        "CASE WHEN m.id % 211 = 17 THEN '{NINE}' WHEN m.id % 29 = 5 THEN '{THREE}' ELSE '{NOW}' END AS "
        "paid_to, "
        "5 + m.id % 15 AS day, m.id % 10 = 3 AS late, "
        "'-' || printf('%05d', m.id) AS receipt, "
        "CASE m.id % 5 WHEN 0 THEN 'cash' WHEN 1 THEN 'wechat' WHEN 2 THEN 'bank' WHEN 3 THEN 'alipay' "
        "ELSE 'cash' END AS method "
        "FROM dues_base b JOIN member m ON m.id = b.member_id JOIN organisation o ON o.id = m.org_id) "
        "INSERT INTO dues_payment (member_id, month, amount, paid_on, method, receipt_no, org_id, "
        "recorded_at) "
        "SELECT member_id, month, dues, paid_on, method, receipt, branch, paid_on || ' 10:00:00' FROM ("
        "SELECT p.member_id, s.month, p.dues, s.month || CASE WHEN min(p.day, s.cap) < 10 THEN '-0' ELSE '-' "
        "END "
        "|| min(p.day, s.cap) AS paid_on, p.method, 'DF' || s.compact || p.receipt AS receipt, p.branch "
        "FROM periods p CROSS JOIN months s "
        "WHERE s.month BETWEEN p.first_month AND min(p.last_month, p.paid_to) "
        "AND (s.month < '{NOW}' OR NOT p.late))");
    payments.replace(QLatin1String("{START}"), start)
        .replace(QLatin1String("{NOW}"), now)
        .replace(QLatin1String("{THREE}"), stoppedThree)
        .replace(QLatin1String("{NINE}"), stoppedNine)
        .replace(QLatin1String("{DUES}"), QLatin1String(duesSql))
        .replace(QLatin1String("{GROUP}"), enumCode(OrgType::PartyGroup))
        .replace(QLatin1String("{DAY}"), QString::number(today.day()));
    return run(db, payments);
}

} // namespace partydesk
