#include "MonthlyFacts.h"

#include "domain/DerivedFacts.h"
#include "domain/PartyMembership.h"
#include "repository/SqlRead.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace partydesk {

namespace {

Member asMember(const RosterRow& row)
{
    Member m;
    m.status = row.status;
    m.joinedOn = row.joinedOn;
    m.fullOn = row.fullOn;
    m.leftOn = row.leftOn;
    return m;
}

// Party members on the roster in the organisations whose `column` (an ISO date) matches `pattern`
// (SQL LIKE): a cheap first cut; the facts themselves are decided by DerivedFacts.
std::vector<RosterRow> partyMembersWhere(const QSqlDatabase& db, const QSet<qint64>* orgIds,
                                         const QString& column, const QStringList& patterns)
{
    QStringList orgList, likes;
    if (orgIds)
        for (qint64 id : *orgIds)
            orgList << QString::number(id); // our own ids: safe as text
    for (int i = 0; i < patterns.size(); ++i)
        likes << QStringLiteral("%1 LIKE ?").arg(column);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, org_id, name, status, joined_on, full_on FROM member "
                       "WHERE left_on IS NULL AND %1 AND (%2)%3 ORDER BY org_id, id")
            .arg(partyMemberSql(QStringLiteral("status")), likes.join(QStringLiteral(" OR ")),
                 orgIds ? QStringLiteral(" AND org_id IN (%1)")
                              .arg(orgList.isEmpty() ? QStringLiteral("0") : orgList.join(QLatin1Char(',')))
                        : QString()));
    for (const QString& pattern : patterns)
        q.addBindValue(pattern);
    execRead(q);
    std::vector<RosterRow> rows;
    while (q.next()) {
        RosterRow row;
        row.id = q.value(0).toLongLong();
        row.orgId = q.value(1).toLongLong();
        row.name = q.value(2).toString();
        enumFromCode(q.value(3).toString(), &row.status);
        row.joinedOn = dateFromSql(q.value(4));
        row.fullOn = dateFromSql(q.value(5));
        rows.push_back(row);
    }
    return rows;
}

QString birthdayLine(const RosterRow& row, QDate month)
{
    return QCoreApplication::translate("MonthlyFacts", "%1 (joined %2, %3 years)")
        .arg(row.name)
        .arg(row.joinedOn.year())
        .arg(month.year() - row.joinedOn.year());
}

QSet<qint64> orgsOf(const std::vector<RosterRow>& rows)
{
    QSet<qint64> ids;
    for (const RosterRow& row : rows)
        ids << row.orgId;
    return ids;
}

} // namespace

QStringList politicalBirthdayLines(const QSqlDatabase& db, const QSet<qint64>* orgIds, QDate month)
{
    const std::vector<RosterRow> rows =
        partyMembersWhere(db, orgIds, QStringLiteral("joined_on"),
                          {QStringLiteral("%-%1-%").arg(month.month(), 2, 10, QLatin1Char('0'))});
    return politicalBirthdayLines(rows, orgsOf(rows), month);
}

QHash<qint64, QStringList> politicalBirthdayLinesByOrg(const QSqlDatabase& db, const QSet<qint64>* orgIds,
                                                       QDate month)
{
    const std::vector<RosterRow> rows =
        partyMembersWhere(db, orgIds, QStringLiteral("joined_on"),
                          {QStringLiteral("%-%1-%").arg(month.month(), 2, 10, QLatin1Char('0'))});
    QHash<qint64, QStringList> lines;
    for (const RosterRow& row : rows)
        if (politicalBirthdayInMonth(asMember(row), month))
            lines[row.orgId] << birthdayLine(row, month);
    return lines;
}

QStringList fiftyYearMedalNames(const QSqlDatabase& db, const QSet<qint64>* orgIds, int year)
{
    // Fifty years reached between 1 July of the year before and 1 July of the year.
    const std::vector<RosterRow> rows =
        partyMembersWhere(db, orgIds, QStringLiteral("full_on"),
                          {QStringLiteral("%1-%").arg(year - 51), QStringLiteral("%1-%").arg(year - 50)});
    QStringList names;
    for (const RosterRow* row : fiftyYearMedalCandidates(rows, orgsOf(rows), year))
        names << row->name;
    return names;
}

QStringList politicalBirthdayLines(const std::vector<RosterRow>& roster, const QSet<qint64>& orgIds,
                                   QDate month)
{
    QStringList lines;
    for (const RosterRow& row : roster)
        if (orgIds.contains(row.orgId) && politicalBirthdayInMonth(asMember(row), month))
            lines << birthdayLine(row, month);
    return lines;
}

QList<const RosterRow*> fiftyYearMedalCandidates(const std::vector<RosterRow>& roster,
                                                 const QSet<qint64>& orgIds, int year)
{
    QList<const RosterRow*> list;
    for (const RosterRow& row : roster)
        if (orgIds.contains(row.orgId) && fiftyYearMedalDue(asMember(row), year))
            list << &row;
    return list;
}

} // namespace partydesk
