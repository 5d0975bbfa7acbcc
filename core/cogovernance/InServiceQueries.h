#pragma once

#include "InServiceService.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Hours kept in tenths, shown with one decimal: 125 → "12.5".
QString hoursText(qint64 tenths);

// An in-service member on the roster with the year's service.
struct InServiceMemberRow
{
    qint64 memberId = 0;
    QString name;
    qint64 orgId = 0;
    QString workUnit;
    QDate reportedOn;
    QString posts; // member.service_post: the posts held now
    int services = 0;
    qint64 hoursTenths = 0;
};

// In-service members on the roster of `orgIds` (null: all), by organisation and name, with their
// service in `year`.
QList<InServiceMemberRow> inServiceMembers(const QSqlDatabase& db, const QSet<qint64>* orgIds, int year);

// Those who reported but logged no service in the year.
QList<InServiceMemberRow> withoutService(const QList<InServiceMemberRow>& rows);

// Totals per unit (work unit trimmed; "" for a unit not recorded), by unit name.
struct UnitServiceTotal
{
    QString unit;
    int members = 0;
    int reported = 0;
    int served = 0; // members with service in the year
    int services = 0;
    qint64 hoursTenths = 0;
};
QList<UnitServiceTotal> unitTotals(const QList<InServiceMemberRow>& rows);
QString unitDisplayName(const QString& unit); // "(unit not recorded)" for ""

// A post with who holds it on `day`.
struct ServicePostRow
{
    ServicePost post;
    QStringList holders;
    int held = 0;
    int freePlaces = -1; // -1: no limit
};
QList<ServicePostRow> servicePosts(const QSqlDatabase& db, const QList<qint64>& committees, QDate day);

// A member's claims (newest first) and service records of `year` (0: every year, newest first).
struct ServiceClaimRow
{
    ServiceClaim claim;
    QString postName;
};
QList<ServiceClaimRow> claimsOf(const QSqlDatabase& db, qint64 memberId);
QList<ServiceRecord> serviceRecordsOf(const QSqlDatabase& db, qint64 memberId, int year);

// Service of the in-service members of `orgIds` (null: all) year by year, oldest first.
struct YearServiceTotal
{
    int year = 0;
    int members = 0; // members who served in the year
    int services = 0;
    qint64 hoursTenths = 0;
};
QList<YearServiceTotal> yearTotals(const QSqlDatabase& db, const QSet<qint64>* orgIds);

// For the star rating's evidence: in-service members on the roster of `orgIds`, those who reported,
// those with service in `year`, and the year's hours in tenths.
struct InServiceFacts
{
    int inService = 0;
    int reported = 0;
    int withService = 0;
    qint64 hoursTenths = 0;
};
InServiceFacts inServiceFacts(const QSqlDatabase& db, const QSet<qint64>& orgIds, int year);

} // namespace partydesk
