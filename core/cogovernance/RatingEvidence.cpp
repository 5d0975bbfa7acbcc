#include "RatingEvidence.h"

#include "CoBuildingQueries.h"
#include "CommitteeScope.h"
#include "domain/OrganisationTree.h"
#include "dues/DuesRecords.h"
#include "FundService.h"
#include "InServiceQueries.h"
#include "rating/EvidenceSource.h"
#include "WishFacts.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    // One decimal, rounded half up, from the counts themselves.
    const qint64 tenths = (qint64(part) * 2000 + whole) / (2 * whole);
    return QStringLiteral("%1.%2%").arg(tenths / 10).arg(tenths % 10);
}

QString inServiceEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations, qint64 orgId,
                          int year)
{
    const InServiceFacts facts = inServiceFacts(db, subtreeIds(organisations, orgId), year);
    return QCoreApplication::translate(
               "RatingEvidence", "%1 in-service members, %2 reported (%3); %4 served in %5 (%6 of those "
                                 "reported), %7 hours in all")
        .arg(facts.inService)
        .arg(facts.reported)
        .arg(percent(facts.reported, facts.inService))
        .arg(facts.withService)
        .arg(year)
        .arg(percent(facts.withService, facts.reported))
        .arg(hoursText(facts.hoursTenths));
}

QString wishesEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations, qint64 orgId,
                       int year)
{
    const QSet<qint64> ids = subtreeIds(organisations, orgId);
    const WishFacts facts = wishFacts(db, QList<qint64>(ids.cbegin(), ids.cend()), year);
    return QCoreApplication::translate(
               "RatingEvidence", "%1 micro-wishes in %2, %3 claimed, %4 fulfilled (%5 by members, %6 by "
                                 "units), %7 withdrawn")
        .arg(facts.recorded)
        .arg(year)
        .arg(facts.claimed)
        .arg(facts.fulfilled)
        .arg(facts.fulfilledByMembers)
        .arg(facts.fulfilledByUnits)
        .arg(facts.withdrawn);
}

QString listsEvidence(const QSqlDatabase& db, const QList<qint64>& committees, int year)
{
    const CoBuildingFacts facts = coBuildingFacts(db, committees, year);
    return QCoreApplication::translate("RatingEvidence",
                                       "Needs raised %1, met %2 (%3); resources offered %4; projects running "
                                       "%5, done %6; joint meetings in %7 of 4 quarters")
        .arg(facts.needsRaised)
        .arg(facts.needsMet)
        .arg(percent(facts.needsMet, facts.needsRaised))
        .arg(facts.resourcesOffered)
        .arg(facts.projectsRunning)
        .arg(facts.projectsDone)
        .arg(facts.quartersWithJointMeeting());
}

QString fundEvidence(const QSqlDatabase& db, const QList<qint64>& committees, int year)
{
    const FundYearFacts facts = fundFacts(db, committees, year);
    if (facts.budget == 0 && facts.spent == 0)
        return QCoreApplication::translate("RatingEvidence", "No service fund budget recorded for the year");
    return QCoreApplication::translate("RatingEvidence",
                                       "Budget %1 yuan, approved %2, spent %3 (%4), balance %5")
        .arg(yuanText(facts.budget), yuanText(facts.approved), yuanText(facts.spent),
             executionRateText(facts.spent, facts.budget), yuanText(facts.balance));
}

} // namespace

QString ratingEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations,
                       const QString& source, qint64 orgId, int year)
{
    if (source == EvidenceSource::InServiceService)
        return inServiceEvidence(db, organisations, orgId, year);
    if (source == EvidenceSource::MicroWishes)
        return wishesEvidence(db, organisations, orgId, year);
    const QList<qint64> committees = committeesUnder(organisations, orgId);
    if (source == EvidenceSource::CoBuildingLists)
        return listsEvidence(db, committees, year);
    if (source == EvidenceSource::ServiceFund)
        return fundEvidence(db, committees, year);
    return {};
}

QHash<qint64, QString> ratingEvidence(const QSqlDatabase& db, const QList<Organisation>& organisations,
                                      const RatingTemplate& ratingTemplate, qint64 orgId, int year)
{
    QHash<qint64, QString> evidence;
    for (const RatingAspect& aspect : ratingTemplate.aspects)
        for (const RatingTask& task : aspect.tasks)
            if (!task.evidenceSource.isEmpty())
                evidence.insert(task.id, ratingEvidence(db, organisations, task.evidenceSource, orgId, year));
    return evidence;
}

} // namespace partydesk
