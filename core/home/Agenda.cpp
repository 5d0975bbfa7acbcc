#include "Agenda.h"

#include "AgendaParts.h"
#include "domain/OrganisationTree.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk {

namespace agenda {

ScopeSql::ScopeSql(const AgendaScope& s) : scope(s)
{
    if (s.rootId > 0)
        orgIds = subtreeIds(s.organisations, s.rootId);
    names = organisationDisplayNames(s.organisations);
    for (const Organisation& org : s.organisations)
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup &&
            (orgIds.isEmpty() || orgIds.contains(org.id)))
            branches << org.id;
}

QString ScopeSql::orgFilter(const QString& column) const
{
    if (orgIds.isEmpty())
        return QStringLiteral("TRUE");
    QStringList ids;
    ids.reserve(orgIds.size());
    for (qint64 id : orgIds)
        ids << QString::number(id);
    return QStringLiteral("%1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

const QList<PipelineEntry>& ScopeSql::pipeline(const QSqlDatabase& db) const
{
    if (!m_pipeline)
        m_pipeline = DevelopmentRepository(db).pipeline(scope.rootId);
    return *m_pipeline;
}

QSqlQuery readQuery(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindValues(q, values);
    execRead(q);
    return q;
}

AgendaItem finished(AgendaKind kind, AgendaPlace place, QList<AgendaEntry> entries, const AgendaScope& scope,
                    int count)
{
    std::stable_sort(entries.begin(), entries.end(), [](const AgendaEntry& a, const AgendaEntry& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    AgendaItem item;
    item.kind = kind;
    item.place = place;
    item.title = agendaTitle(kind);
    item.count = count >= 0 ? count : int(entries.size());
    item.urgent =
        std::any_of(entries.cbegin(), entries.cend(), [](const AgendaEntry& e) { return e.overdue; });
    if (entries.size() > scope.entryLimit)
        entries.resize(scope.entryLimit);
    item.entries = entries;
    return item;
}

} // namespace agenda

QList<AgendaItem> buildAgenda(const QSqlDatabase& db, const AgendaScope& scope)
{
    const agenda::ScopeSql sql(scope);
    using Part = AgendaItem (*)(const QSqlDatabase&, const agenda::ScopeSql&);
    const Part parts[] = {&agenda::themeDaysMissing,   &agenda::meetingGaps,     &agenda::probationDue,
                          &agenda::developmentDue,     &agenda::receiptsWaiting, &agenda::termsEnding,
                          &agenda::politicalBirthdays, &agenda::fiftyYearMedals, &agenda::duesArrears,
                          &agenda::rectificationDue,   &agenda::missingData,     &agenda::wishesWaiting,
                          &agenda::decisionsDue,       &agenda::projectsOverdue};
    QList<AgendaItem> items;
    for (const Part part : parts) {
        AgendaItem item = part(db, sql);
        if (item.count > 0)
            items << item;
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const AgendaItem& a, const AgendaItem& b) { return int(a.kind) < int(b.kind); });
    return items;
}

QString agendaTitle(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::ThemeDaysMissing:
        return QCoreApplication::translate("Agenda", "This month's theme Party day not recorded");
    case AgendaKind::MeetingGaps:
        return QCoreApplication::translate("Agenda",
                                           "Gaps in the three meetings and one lecture this quarter");
    case AgendaKind::ProbationDue:
        return QCoreApplication::translate("Agenda", "Probation ending within 60 days or overdue");
    case AgendaKind::DevelopmentDue:
        return QCoreApplication::translate("Agenda", "Development steps due");
    case AgendaKind::ReceiptsWaiting:
        return QCoreApplication::translate("Agenda", "Transfers out without a receipt after 3 months");
    case AgendaKind::TermsEnding:
        return QCoreApplication::translate("Agenda", "Committee terms ending within 90 days or ended");
    case AgendaKind::PoliticalBirthdays:
        return QCoreApplication::translate("Agenda", "Political birthdays this month");
    case AgendaKind::FiftyYearMedals:
        return QCoreApplication::translate("Agenda", "\"50 years in the Party\" medal candidates this year");
    case AgendaKind::DuesArrears:
        return QCoreApplication::translate("Agenda", "Party dues in arrears");
    case AgendaKind::RectificationDue:
        return QCoreApplication::translate("Agenda", "Rectification items of lagging branches due");
    case AgendaKind::WishesWaiting:
        return QCoreApplication::translate("Agenda", "Micro-wishes waiting to be claimed");
    case AgendaKind::DecisionsDue:
        return QCoreApplication::translate("Agenda", "Joint meeting decisions due within 14 days or overdue");
    case AgendaKind::ProjectsOverdue:
        return QCoreApplication::translate("Agenda", "Co-building projects past their due date");
    case AgendaKind::MissingData:
        return QCoreApplication::translate("Agenda", "Members with required data missing");
    }
    return {};
}

} // namespace partydesk
