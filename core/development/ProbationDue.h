#pragma once

#include "DevelopmentRepository.h"
#include "repository/RosterRow.h"

#include <QDate>
#include <QList>
#include <vector>

namespace partydesk {

// A probationary member whose year of probation ends soon or has ended without conversion
// (预备期满): the branch meeting has to convert, extend or cancel it.
struct ProbationDue
{
    qint64 memberId = 0;
    QString name;
    qint64 orgId = 0;
    QDate joinedOn;
    QDate endsOn;     // one year after admission (29 February: 1 March)
    int daysLeft = 0; // negative: days overdue
    bool overdue() const { return daysLeft < 0; }
};

// Probationary members on the roster whose probation ends within `withinDays` of `today`, and
// those overdue: the longest overdue first, then the soonest ending. Members who left, or without
// an admission date, are not listed.
QList<ProbationDue> probationsDue(const std::vector<RosterRow>& roster, QDate today, int withinDays = 60);
// The same for the people of the development pipeline, whose records may extend a probation: an
// extended probation ends on the day it was extended to.
QList<ProbationDue> probationsDue(const QList<PipelineEntry>& pipeline, QDate today, int withinDays = 60);

} // namespace partydesk
