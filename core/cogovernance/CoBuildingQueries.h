#pragma once

#include "CoBuildingRecords.h"
#include "domain/Organisation.h"

#include <array>
#include <QSqlDatabase>

namespace partydesk {

// Reads of the three lists and the units' people over one or more committees (a community, or
// every community under a street). A failed read is logged (execRead) and gives what was read.

struct CoBuildingFilter
{
    // Needs: a NeedStatus code. Resources: "offered" (not withdrawn), "withdrawn", "unused" (not
    // withdrawn, in no project). Projects: a ProjectStatus code or "overdue". Empty: every one.
    QString status;
    // On the list during the year (raised/offered/started by its end, not closed before its start);
    // 0: every year.
    int year = 0;
    QDate today; // for "overdue"
};

inline const QString resourceOffered = QStringLiteral("offered");
inline const QString resourceWithdrawn = QStringLiteral("withdrawn");
inline const QString resourceUnused = QStringLiteral("unused");
inline const QString projectOverdue = QStringLiteral("overdue");

// Newest first (raised, offered, due), with their links.
QList<CogovNeed> cogovNeeds(QSqlDatabase db, const QList<qint64>& committeeIds,
                            const CoBuildingFilter& filter = {});
QList<CogovResource> cogovResources(QSqlDatabase db, const QList<qint64>& committeeIds,
                                    const CoBuildingFilter& filter = {});
QList<CogovProject> cogovProjects(QSqlDatabase db, const QList<qint64>& committeeIds,
                                  const CoBuildingFilter& filter = {});
// One record with its links; id 0 when there is none.
CogovNeed cogovNeed(QSqlDatabase db, qint64 id);
CogovResource cogovResource(QSqlDatabase db, qint64 id);
CogovProject cogovProject(QSqlDatabase db, qint64 id);

// Needs still open (no project takes them on).
QList<CogovNeed> unmatchedNeeds(QSqlDatabase db, const QList<qint64>& committeeIds);
// Resources on offer that no project has used.
QList<CogovResource> resourcesNeverUsed(QSqlDatabase db, const QList<qint64>& committeeIds);
// Planned or running projects whose due date is before `today`, the longest overdue first
// (for the home page's agenda).
QList<CogovProject> projectsOverdue(QSqlDatabase db, const QList<qint64>& committeeIds, QDate today);

// A unit of the committee with the number of its people.
struct UnitSummary
{
    CoBuildingUnit unit;
    QString committeeName;
    int people = 0;
};
QList<UnitSummary> coBuildingUnits(QSqlDatabase db, const QList<qint64>& committeeIds);
QList<UnitPerson> unitPeople(QSqlDatabase db, qint64 unitId);
UnitPerson unitPerson(QSqlDatabase db, qint64 personId);

// The year's facts of the three lists and joint meetings, for the star rating's evidence.
struct CoBuildingFacts
{
    int needsRaised = 0;                         // raised in the year
    int needsMet = 0;                            // of those, met now
    int resourcesOffered = 0;                    // offered in the year
    int projectsRunning = 0;                     // running now, started by the year's end
    int projectsDone = 0;                        // finished (done) in the year
    std::array<int, 4> jointMeetingsByQuarter{}; // joint meetings held in each quarter
    // Needs raised in the year that are met, 0–1 (0 when none was raised).
    double needsMetShare() const { return needsRaised > 0 ? double(needsMet) / needsRaised : 0.0; }
    int quartersWithJointMeeting() const
    {
        int quarters = 0;
        for (int held : jointMeetingsByQuarter)
            quarters += held > 0 ? 1 : 0;
        return quarters;
    }
};
CoBuildingFacts coBuildingFacts(QSqlDatabase db, const QList<qint64>& committeeIds, int year);

} // namespace partydesk
