#pragma once

#include "repository/RosterRow.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace partydesk {

// "Name (joined 1996, 30 years)" for each Party member of the organisations whose political
// birthday (anniversary of joining) falls in `month`.
QStringList politicalBirthdayLines(const std::vector<RosterRow>& roster, const QSet<qint64>& orgIds,
                                   QDate month);
// Members of the organisations due the "光荣在党50年" medal in `year`.
QList<const RosterRow*> fiftyYearMedalCandidates(const std::vector<RosterRow>& roster,
                                                 const QSet<qint64>& orgIds, int year);

// The same facts read from the database for the organisations (every one when null), so they
// never depend on how much of the roster a page has loaded.
QStringList politicalBirthdayLines(const QSqlDatabase& db, const QSet<qint64>* orgIds, QDate month);
// The same lines, read in one query and grouped by organisation: a report on 3,000 branches asks
// once, not once per branch.
QHash<qint64, QStringList> politicalBirthdayLinesByOrg(const QSqlDatabase& db, const QSet<qint64>* orgIds,
                                                       QDate month);
QStringList fiftyYearMedalNames(const QSqlDatabase& db, const QSet<qint64>* orgIds, int year);

} // namespace partydesk
