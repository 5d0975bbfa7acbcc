#include "HomeFacts.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/FundService.h"
#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "meetings/MeetingRepository.h"
#include "rating/RatingCalculator.h"
#include "rating/RatingRepository.h"
#include "repository/SqlRead.h"

#include <QSqlQuery>

namespace partydesk {

HomeFacts readHomeFacts(const QSqlDatabase& db, const MeetingRepository& meetings,
                        const RatingRepository& ratings, const QList<Organisation>& organisations,
                        qint64 rootId, QDate today)
{
    HomeFacts facts;
    const QSet<qint64> scope = rootId > 0 ? subtreeIds(organisations, rootId) : QSet<qint64>();
    const auto inScope = [&](qint64 orgId) { return rootId <= 0 || scope.contains(orgId); };

    // The same index the tree's counts use (member_org_status): by organisation, status, category.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT org_id, status, category, count(*) FROM member WHERE left_on IS NULL "
                          "GROUP BY 1, 2, 3"));
    while (q.next()) {
        if (!inScope(q.value(0).toLongLong()))
            continue;
        MemberStatus status = MemberStatus::Full;
        MemberCategory category = MemberCategory::Registered;
        if (!enumFromCode(q.value(1).toString(), &status) || !enumFromCode(q.value(2).toString(), &category))
            continue;
        const int n = q.value(3).toInt();
        switch (status) {
        case MemberStatus::Full:
            facts.full += n;
            break;
        case MemberStatus::Probationary:
            facts.probationary += n;
            break;
        case MemberStatus::Applicant:
            facts.applicants += n;
            break;
        case MemberStatus::Activist:
            facts.activists += n;
            break;
        case MemberStatus::Candidate:
            facts.candidates += n;
            break;
        }
        if (isPartyMember(status))
            facts.partyMembersByCategory[category] += n;
    }

    const auto byMonth = meetings.attendanceByMonth(QDate(today.year(), 1, 1), today, scope);
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        if (inScope(it.key()))
            for (const AttendanceTally& month : it.value())
                facts.attendance += month;

    // The newest finished year: its stars are final. Before any year is finished, the newest one
    // being scored (marked as not final on the page).
    QSqlQuery years(db);
    years.exec(QStringLiteral(
                   "SELECT t.year, s.finished_on IS NOT NULL FROM rating_template t JOIN rating_session s "
                   "ON s.template_id = t.id WHERE t.year <= %1 ORDER BY 2 DESC, 1 DESC LIMIT 1")
                   .arg(today.year()));
    if (years.next()) {
        const int year = years.value(0).toInt();
        if (const std::optional<RatingYear> rating = ratings.loadYear(year)) {
            QHash<qint64, qint64> parents;
            for (const Organisation& org : organisations)
                parents.insert(org.id, org.parentId);
            const RatingOutcome outcome = computeRatings(rating->ratingTemplate, rating->sheets, parents);
            for (const RatingResult& result : outcome.results)
                if (result.stars > 0 && inScope(result.orgId))
                    facts.branchesByStars[result.stars] += 1;
            facts.ratingYear = year;
            facts.ratingFinished = rating->finishedOn.isValid();
        }
    }
    facts.asOf = today;
    facts.fundYear = today.year();
    facts.fund = fundFacts(db, committeesUnder(organisations, rootId), today.year());
    return facts;
}

} // namespace partydesk
