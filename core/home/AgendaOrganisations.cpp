// The agenda's items about organisations: committee terms, rectification, transfer receipts.
#include "AgendaParts.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk::agenda {

AgendaItem termsEnding(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    QSqlQuery q = readQuery(
        db,
        QStringLiteral("SELECT id, term_end FROM organisation WHERE dissolved_on IS NULL AND term_end IS "
                       "NOT NULL AND term_end <= ? AND %1")
            .arg(sql.orgFilter(QStringLiteral("id"))),
        {sqlDate(today.addDays(90))});
    QList<AgendaEntry> entries;
    while (q.next()) {
        AgendaEntry e;
        e.orgId = q.value(0).toLongLong();
        e.text = sql.names.value(e.orgId);
        e.due = dateFromSql(q.value(1));
        e.overdue = e.due < today;
        e.detail = e.overdue ? QCoreApplication::translate("Agenda", "Term ended on %1: hold the election")
                                   .arg(e.due.toString(Qt::ISODate))
                             : QCoreApplication::translate("Agenda", "Term ends on %1: prepare the election")
                                   .arg(e.due.toString(Qt::ISODate));
        entries << e;
    }
    return finished(AgendaKind::TermsEnding, AgendaPlace::Organisation, entries, sql.scope);
}

AgendaItem rectificationDue(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    QSqlQuery q =
        readQuery(db,
                  QStringLiteral("SELECT r.id, r.org_id, r.problem, r.due_on, t.year FROM rectification r "
                                 "JOIN rating_session s ON s.id = r.session_id JOIN rating_template t ON "
                                 "t.id = s.template_id WHERE r.status <> 'done' AND r.due_on IS NOT NULL AND "
                                 "r.due_on <= ? AND %1")
                      .arg(sql.orgFilter(QStringLiteral("r.org_id"))),
                  {sqlDate(today.addDays(30))});
    QList<AgendaEntry> entries;
    while (q.next()) {
        AgendaEntry e;
        e.recordId = q.value(0).toLongLong();
        e.orgId = q.value(1).toLongLong();
        e.text = sql.names.value(e.orgId);
        e.due = dateFromSql(q.value(3));
        e.overdue = e.due < today;
        e.detail = QCoreApplication::translate("Agenda", "%1 (star rating %2), due %3")
                       .arg(q.value(2).toString())
                       .arg(q.value(4).toInt())
                       .arg(e.due.toString(Qt::ISODate));
        entries << e;
    }
    return finished(AgendaKind::RectificationDue, AgendaPlace::Rating, entries, sql.scope);
}

AgendaItem receiptsWaiting(const QSqlDatabase& db, const ScopeSql& sql)
{
    // The receipt is due within three calendar months of the letter; after that, a reminder.
    const QDate today = sql.scope.today;
    QSqlQuery q = readQuery(
        db,
        QStringLiteral("SELECT t.id, t.member_id, m.name, coalesce(t.from_org_id, m.org_id), "
                       "t.transferred_on, t.counterpart, t.letter_no FROM transfer t JOIN member m ON "
                       "m.id = t.member_id WHERE t.direction = 'out' AND t.receipt_on IS NULL AND "
                       "t.transferred_on <= ? AND %1")
            .arg(sql.orgFilter(QStringLiteral("coalesce(t.from_org_id, m.org_id)"))),
        {sqlDate(today.addMonths(-3))});
    QList<AgendaEntry> entries;
    while (q.next()) {
        AgendaEntry e;
        e.recordId = q.value(0).toLongLong();
        e.memberId = q.value(1).toLongLong();
        e.orgId = q.value(3).toLongLong();
        e.text = QCoreApplication::translate("Agenda", "%1 (%2)")
                     .arg(q.value(2).toString(), sql.names.value(e.orgId));
        const QDate sent = dateFromSql(q.value(4));
        e.due = sent.addMonths(3);
        e.overdue = true;
        e.detail =
            QCoreApplication::translate("Agenda", "Transferred to %1 on %2 (letter %3): no receipt yet")
                .arg(q.value(5).toString(), sent.toString(Qt::ISODate), q.value(6).toString());
        entries << e;
    }
    return finished(AgendaKind::ReceiptsWaiting, AgendaPlace::Transfers, entries, sql.scope);
}

} // namespace partydesk::agenda
