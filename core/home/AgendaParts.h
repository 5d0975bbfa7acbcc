#pragma once

#include "Agenda.h"
#include "development/DevelopmentRepository.h"

#include <initializer_list>
#include <optional>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace partydesk::agenda {

// What every item's query needs: the organisations in scope, as SQL and as sets.
struct ScopeSql
{
    explicit ScopeSql(const AgendaScope& scope);

    // "1" for the whole workspace, else "<column> IN (…)" (ids from our own database).
    QString orgFilter(const QString& column) const;
    // The people on the way in under the scope (core/development), read once for the items that
    // judge them by the pipeline's own rules.
    const QList<PipelineEntry>& pipeline(const QSqlDatabase& db) const;

    const AgendaScope& scope;
    QSet<qint64> orgIds;          // empty: every organisation
    QList<qint64> branches;       // branch-level organisations in scope that meet (not Party groups)
    QHash<qint64, QString> names; // display names of every organisation

private:
    mutable std::optional<QList<PipelineEntry>> m_pipeline;
};

// A forward-only query run with its values bound (an error leaves it without rows; logged).
QSqlQuery readQuery(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values);

// An item with its entries sorted (overdue first, then by date) and cut to the scope's limit.
AgendaItem finished(AgendaKind kind, AgendaPlace place, QList<AgendaEntry> entries, const AgendaScope& scope,
                    int count = -1);

AgendaItem themeDaysMissing(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem meetingGaps(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem probationDue(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem receiptsWaiting(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem termsEnding(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem politicalBirthdays(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem fiftyYearMedals(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem developmentDue(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem duesArrears(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem rectificationDue(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem missingData(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem wishesWaiting(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem decisionsDue(const QSqlDatabase& db, const ScopeSql& sql);
AgendaItem projectsOverdue(const QSqlDatabase& db, const ScopeSql& sql);

} // namespace partydesk::agenda
