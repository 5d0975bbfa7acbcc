// The home page's co-governance items: micro-wishes nobody has claimed, joint meetings' decisions
// coming due, co-building projects late. Each calls its part's own query (core/cogovernance), so
// the rule of what is waiting or late lives in one place.
#include "AgendaParts.h"
#include "cogovernance/CoBuildingQueries.h"
#include "cogovernance/CommitteeScope.h"
#include "cogovernance/JointMeetingQueries.h"
#include "cogovernance/WishFacts.h"

#include <QCoreApplication>

namespace partydesk::agenda {

namespace {

// The committees whose decisions and projects the scope lists: none for a branch (they are the
// community's business, listed when the community or anything above it is chosen).
QList<qint64> committees(const ScopeSql& sql)
{
    const qint64 root = sql.scope.rootId;
    const qint64 own = committeeOf(sql.scope.organisations, root);
    if (root > 0 && own != 0 && own != root)
        return {};
    return committeesUnder(sql.scope.organisations, root);
}

} // namespace

AgendaItem wishesWaiting(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QList<qint64> orgIds(sql.orgIds.cbegin(), sql.orgIds.cend());
    QList<AgendaEntry> entries;
    for (const WaitingWish& wish : partydesk::wishesWaiting(db, orgIds, sql.scope.today)) {
        AgendaEntry e;
        e.text = sql.names.value(wish.orgId);
        e.detail =
            QCoreApplication::translate("Agenda", "%1: published %2 days ago").arg(wish.wish).arg(wish.days);
        e.due = wish.publishedOn.addDays(wishClaimDays);
        e.overdue = wish.overdue;
        e.orgId = wish.orgId;
        e.recordId = wish.id;
        entries << e;
    }
    return finished(AgendaKind::WishesWaiting, AgendaPlace::Wishes, entries, sql.scope);
}

AgendaItem decisionsDue(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QList<qint64> ids = committees(sql);
    QList<JointDecisionRow> rows = decisionsOverdue(db, ids, sql.scope.today);
    rows += decisionsDueSoon(db, ids, sql.scope.today, 14);
    QList<AgendaEntry> entries;
    for (const JointDecisionRow& row : rows) {
        AgendaEntry e;
        e.text = row.unitName.isEmpty() ? sql.names.value(row.committeeId) : row.unitName;
        e.detail = QCoreApplication::translate("Agenda", "%1 (decided on %2)")
                       .arg(row.decision.text, row.meetingOn.toString(Qt::ISODate));
        e.due = row.decision.dueOn;
        e.overdue = row.decision.overdue(sql.scope.today);
        e.orgId = row.committeeId;
        e.recordId = row.decision.meetingId;
        entries << e;
    }
    return finished(AgendaKind::DecisionsDue, AgendaPlace::JointMeetings, entries, sql.scope);
}

AgendaItem projectsOverdue(const QSqlDatabase& db, const ScopeSql& sql)
{
    QList<AgendaEntry> entries;
    for (const CogovProject& project : partydesk::projectsOverdue(db, committees(sql), sql.scope.today)) {
        AgendaEntry e;
        e.text = project.title;
        e.detail =
            project.leadUnitName.isEmpty()
                ? QCoreApplication::translate("Agenda", "due %1").arg(project.dueOn.toString(Qt::ISODate))
                : QCoreApplication::translate("Agenda", "led by %1, due %2")
                      .arg(project.leadUnitName, project.dueOn.toString(Qt::ISODate));
        e.due = project.dueOn;
        e.overdue = true;
        e.orgId = project.committeeId;
        e.recordId = project.id;
        entries << e;
    }
    return finished(AgendaKind::ProjectsOverdue, AgendaPlace::CoBuildingLists, entries, sql.scope);
}

} // namespace partydesk::agenda
