#pragma once

#include "domain/Organisation.h"
#include "repository/RosterRow.h"
#include "TableReport.h"

#include <memory>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace partydesk {

// Counts of the members on the roster by category, status, sex, age band, education, Party-age
// band and ethnicity, for each organisation (its whole subtree) and in total.
class MemberStatistics
{
public:
    enum class Dimension
    {
        Category,
        Status,
        Sex,
        AgeBand,
        Education,
        PartyAgeBand,
        Ethnicity
    };

    struct OrgRow
    {
        qint64 orgId = 0; // 0 for the total row
        QString name;
        int depth = 0;
        QVector<int> counts; // [0] the Party members counted, then one per value
    };

    // `rootOrgId` 0 means every organisation. Party groups are counted in their branch.
    // `roster` must be the whole roster of that part of the tree (members who left may be in it).
    MemberStatistics(const std::vector<RosterRow>& roster, const QList<Organisation>& organisations,
                     qint64 rootOrgId, QDate today);
    // Reads the members of that part of the tree from the database, whatever a page has loaded.
    static MemberStatistics fromDatabase(const QSqlDatabase& db, const QList<Organisation>& organisations,
                                         qint64 rootOrgId, QDate today);

    static QList<Dimension> dimensions();
    static QString title(Dimension dimension);
    static QStringList values(Dimension dimension);
    // Every table counts Party members (正式 + 预备, isPartyMember) in its first column. The status
    // table alone also counts applicants, activists and candidates, each in its own column and not
    // in the first; the others count Party members only.
    static bool countsPartyMembersOnly(Dimension dimension);
    // The heading of the first count column: "Party members".
    static QString partyMembersHeading();

    const QList<OrgRow>& rows(Dimension dimension) const { return m_tables[int(dimension)]; }
    // The table for one dimension, organisations first and the total last; this object must
    // outlive the report.
    TableReport report(Dimension dimension, const QString& scopeName) const;
    // Every dimension's table for paper (PDF and print): each follows the one before on its page,
    // headed by its title, so the seven tables of a community take two or three pages, not seven.
    // A workbook takes report() for each: a sheet apiece.
    QList<TableReport> printedReports(const QString& scopeName) const;

private:
    QList<QList<OrgRow>> m_tables;
    QDate m_today;
};

} // namespace partydesk
