#pragma once

#include "CoBuildingRecords.h"
#include "domain/Organisation.h"
#include "report/TableReport.h"

#include <QSqlDatabase>

namespace partydesk {

// A co-building unit's year with the community, the facts of its yearly evaluation (共建单位年度评价).
struct UnitYear
{
    struct Meeting
    {
        QDate heldOn;
        QString topics;
        QString attendee; // who came for the unit
        bool attended = false;
        bool chaired = false;
    };
    struct Activity
    {
        QDate heldOn;
        QString title;
        bool asChair = false;
        int participants = -1; // unknown
    };
    struct Decision
    {
        QDate meetingOn;
        QString decision;
        QDate dueOn;
        QString status; // open, done, dropped
        QDate doneOn;
    };
    CoBuildingUnit unit;
    QString committeeName;
    int year = 0;
    QList<UnitPerson> people;           // serving at some time in the year
    QList<CogovResource> resources;     // on offer at some time in the year
    QList<CogovProject> projectsLed;    // active in the year
    QList<CogovProject> projectsJoined; // taking part, not leading
    QList<Meeting> meetings;            // joint meetings of the year it attended or chaired
    int meetingsAttended = 0;
    int meetingsChaired = 0;
    QList<int> rotaMonths; // 1–12: months it was the rotating chair
    QList<Activity> activities;
    QList<Decision> decisions; // of the year's meetings, with the unit responsible
};

UnitYear unitYear(QSqlDatabase db, qint64 unitId, int year);

// The evaluation sheet of one unit on one A4 page: a line per kind of fact, then two lines the
// committee fills in (its opinion, the grade ticked) and lines to sign and stamp. Phones are not
// printed.
TableReport unitYearSheet(const UnitYear& year);

} // namespace partydesk
