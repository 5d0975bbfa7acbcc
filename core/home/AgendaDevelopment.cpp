// The agenda's development item: the next step of each person on the way into the Party that is
// due within a month or overdue, by the pipeline's own rules (core/development).
#include "AgendaParts.h"
#include "development/DevelopmentRepository.h"
#include "development/DevelopmentSteps.h"

#include <QCoreApplication>

namespace partydesk::agenda {

AgendaItem developmentDue(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    QList<AgendaEntry> entries;
    // The pipeline is the few people on the way in, not the roster: read whole, even for a district.
    for (const PipelineEntry& p : sql.pipeline(db)) {
        const std::optional<StepItem> next =
            DevelopmentSteps::nextDue(DevelopmentSteps::items(p.person, p.record, today));
        if (!next || !next->dueOn.isValid() || next->dueOn > today.addDays(30))
            continue;
        // The end of probation has its own item (conversion, extension or cancellation).
        if (next->key == QLatin1String("conversion"))
            continue;
        AgendaEntry e;
        e.memberId = p.person.id;
        e.orgId = p.person.orgId;
        e.text =
            QCoreApplication::translate("Agenda", "%1 (%2)").arg(p.person.name, sql.names.value(e.orgId));
        e.detail = QCoreApplication::translate("Agenda", "%1: %2")
                       .arg(DevelopmentSteps::stageLabel(p.person.status), next->label);
        e.due = next->dueOn;
        e.overdue = next->dueOn < today;
        entries << e;
    }
    return finished(AgendaKind::DevelopmentDue, AgendaPlace::Development, entries, sql.scope);
}

} // namespace partydesk::agenda
