// The agenda's items of organisational life: this month's theme days, 三会一课 this quarter.
#include "AgendaParts.h"
#include "meetings/Compliance.h"
#include "meetings/MeetingRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk::agenda {

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// The branches of `sql` that had a meeting of `kind` (recorded as held) between the days.
QSet<qint64> branchesThatMet(const QSqlDatabase& db, const ScopeSql& sql, const char* kind, QDate from,
                             QDate to)
{
    QSqlQuery q =
        readQuery(db,
                  QStringLiteral("SELECT DISTINCT org_id FROM meeting WHERE kind = '%1' AND done = 1 AND "
                                 "held_on BETWEEN ? AND ? AND %2")
                      .arg(QLatin1String(kind), sql.orgFilter(QStringLiteral("org_id"))),
                  {sqlDate(from), sqlDate(to)});
    QSet<qint64> met;
    while (q.next())
        met << q.value(0).toLongLong();
    return met;
}

} // namespace

AgendaItem themeDaysMissing(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    const QDate first = firstOfMonth(today);
    const QDate last = first.addMonths(1).addDays(-1);
    const QSet<qint64> met = branchesThatMet(db, sql, "theme_day", first, last);
    const QDate themeDay(today.year(), today.month(),
                         std::min(MeetingRepository(db).themeDayOfMonth(), last.day()));
    QList<AgendaEntry> entries;
    for (qint64 branch : sql.branches) {
        if (met.contains(branch))
            continue;
        AgendaEntry e;
        e.text = sql.names.value(branch);
        e.detail = QCoreApplication::translate("Agenda", "Theme Party day of %1 not recorded")
                       .arg(first.toString(QStringLiteral("yyyy-MM")));
        e.due = themeDay;
        e.overdue = today > themeDay;
        e.orgId = branch;
        entries << e;
    }
    return finished(AgendaKind::ThemeDaysMissing, AgendaPlace::Meetings, entries, sql.scope);
}

AgendaItem meetingGaps(const QSqlDatabase& db, const ScopeSql& sql)
{
    const QDate today = sql.scope.today;
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    // The same dates the compliance tab of the meetings page judges by.
    const QList<ComplianceRule> rules = defaultComplianceRules();
    const MeetingRepository meetings(db);
    QHash<MeetingKind, QHash<qint64, QList<QDate>>> dates;
    for (const ComplianceRule& rule : rules)
        dates.insert(rule.kind, meetings.meetingDates(rule.kind, quarterStart, today));
    QSet<qint64> withGroups;
    for (const Organisation& org : sql.scope.organisations)
        if (org.type == OrgType::PartyGroup)
            withGroups << org.parentId;
    QList<AgendaEntry> entries;
    for (qint64 branch : sql.branches) {
        QStringList gaps;
        for (const ComplianceRule& rule : rules) {
            if (rule.kind == MeetingKind::GroupMeeting && !withGroups.contains(branch))
                continue; // a branch without Party groups holds no group meetings
            const ComplianceResult result =
                checkCompliance(rule, dates[rule.kind].value(branch), quarterStart, today, today);
            if (!result.compliant())
                gaps << QStringLiteral("%1 %2").arg(enumLabel(rule.kind),
                                                    result.gaps.join(QStringLiteral("、")));
        }
        if (gaps.isEmpty())
            continue;
        AgendaEntry e;
        e.text = sql.names.value(branch);
        e.detail = gaps.join(QStringLiteral("；"));
        e.overdue = true; // a gap is a unit already over without its meeting
        e.orgId = branch;
        entries << e;
    }
    return finished(AgendaKind::MeetingGaps, AgendaPlace::Compliance, entries, sql.scope);
}

} // namespace partydesk::agenda
