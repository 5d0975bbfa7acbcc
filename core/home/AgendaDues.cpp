// The agenda's dues item: members with months unpaid, by the ledger's own rule (core/dues).
#include "AgendaParts.h"
#include "domain/Clock.h"
#include "dues/DuesLedger.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk::agenda {

AgendaItem duesArrears(const QSqlDatabase& db, const ScopeSql& sql)
{
    // Months up to the end of last month: this month's dues are not late while it lasts.
    const QDate today = sql.scope.today;
    const FixedClock endOfLastMonth(QDate(today.year(), today.month(), 1).addDays(-1));
    const DuesLedger ledger(db, endOfLastMonth);
    int count = 0;
    QList<AgendaEntry> entries;
    for (const DuesMember& m : ledger.inArrears(sql.orgIds, 0, sql.scope.entryLimit, &count)) {
        AgendaEntry e;
        e.memberId = m.memberId;
        e.orgId = m.orgId;
        e.text = QCoreApplication::translate("Agenda", "%1 (%2)").arg(m.name, sql.names.value(m.orgId));
        e.detail =
            QCoreApplication::translate("Agenda", "%n month(s) of dues unpaid", nullptr, m.unpaidMonths);
        e.overdue = m.inRed();
        entries << e;
    }
    // Most months behind first, as the ledger lists them.
    AgendaItem item = finished(AgendaKind::DuesArrears, AgendaPlace::Dues, {}, sql.scope, count);
    item.entries = entries;
    item.urgent =
        std::any_of(entries.cbegin(), entries.cend(), [](const AgendaEntry& e) { return e.overdue; });
    return item;
}

} // namespace partydesk::agenda
