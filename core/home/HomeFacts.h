#pragma once

#include "cogovernance/ServiceFund.h"
#include "domain/Enums.h"
#include "domain/Organisation.h"
#include "meetings/Attendance.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace partydesk {

class MeetingRepository;
class RatingRepository;

// The community at a glance, for the home page: each figure read in SQL over the organisations in
// scope, never from a partly loaded roster.
struct HomeFacts
{
    // Party members (正式 + 预备) on the roster, by category; the people on the way in apart.
    QMap<MemberCategory, int> partyMembersByCategory;
    int full = 0;
    int probationary = 0;
    int applicants = 0;
    int activists = 0;
    int candidates = 0;
    // Attendance at the meetings of the year so far (present / expected, floating members away
    // not counted), the rule of every other attendance figure.
    AttendanceTally attendance;
    // The latest star rating year with scores, and the branches in scope by stars (1–5) in it.
    int ratingYear = 0;
    bool ratingFinished = false;
    QMap<int, int> branchesByStars;
    // The service fund of this year of the community (or every community) the scope belongs to.
    int fundYear = 0;
    FundYearFacts fund;
    QDate asOf; // the day the figures were read for

    int partyMembers() const { return full + probationary; }
};

// `rootId` 0: the whole workspace.
HomeFacts readHomeFacts(const QSqlDatabase& db, const MeetingRepository& meetings,
                        const RatingRepository& ratings, const QList<Organisation>& organisations,
                        qint64 rootId, QDate today);

} // namespace partydesk
