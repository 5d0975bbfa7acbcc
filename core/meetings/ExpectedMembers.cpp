#include "ExpectedMembers.h"

#include "domain/Enums.h"
#include "domain/PartyMembership.h"

#include <QStringList>

namespace partydesk {

namespace {

const char* const joinedRoster = "joined_roster";
const char* const transfer = "transfer";
const char* const categoryChange = "category_change";

// The value a member's history gives for `day`: the latest event of `kind` on or before the
// day says where the member went; failing that, the first one after the day says where the
// member came from; without any, the record's own value holds.
QString valueOnDaySql(const QString& member, const QString& day, const char* kind, const QString& current)
{
    return QStringLiteral(
               "coalesce((SELECT e.to_value FROM member_event e WHERE e.member_id = %1.id AND e.kind = '%3' "
               "AND e.event_date <= %2 ORDER BY e.event_date DESC, e.id DESC LIMIT 1), "
               "(SELECT e.from_value FROM member_event e WHERE e.member_id = %1.id AND e.kind = '%3' "
               "AND e.event_date > %2 ORDER BY e.event_date, e.id LIMIT 1), %4)")
        .arg(member, day, QLatin1String(kind), current);
}

// The organisation `org` is the branch or one of its Party groups.
QString inBranchSql(const QString& org, const QString& branch)
{
    return QStringLiteral("(%1 = %2 OR (SELECT o.parent_id FROM organisation o WHERE o.id = %1) = %2)")
        .arg(org, branch);
}

QString categoryList(const QList<MemberCategory>& categories)
{
    QStringList codes;
    for (MemberCategory c : categories)
        codes << QStringLiteral("'%1'").arg(enumCode(c));
    return QStringLiteral("(%1)").arg(codes.join(QStringLiteral(", ")));
}

QString onDaySql(const QString& m, const QString& branch, const QString& day, const QString& earliestDay,
                 const QList<MemberCategory>& notCounted)
{
    const QString excluded = categoryList(notCounted);
    const QString orgOnDay =
        QStringLiteral("CAST(%1 AS INTEGER)")
            .arg(valueOnDaySql(m, day, transfer, QStringLiteral("CAST(%1.org_id AS TEXT)").arg(m)));
    // A member whose history changes something after the day is judged on that history. Many
    // rows: the members changed since the earliest day are listed once; few: each is looked up.
    const QString kinds =
        QStringLiteral("e.kind IN ('%1', '%2', '%3')")
            .arg(QLatin1String(joinedRoster), QLatin1String(transfer), QLatin1String(categoryChange));
    const QString changedLater =
        earliestDay.isEmpty()
            ? QStringLiteral("EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = %1.id AND "
                             "e.event_date > %2 AND %3)")
                  .arg(m, day, kinds)
            : QStringLiteral(
                  "%1.id IN (SELECT e.member_id FROM member_event e WHERE e.event_date > %2 AND %3)")
                  .arg(m, earliestDay, kinds);
    const QString byHistory =
        QStringLiteral("coalesce((SELECT min(e.event_date) FROM member_event e WHERE e.member_id = %1.id AND "
                       "e.kind = '%2'), '') <= %3 AND %4 AND %5 NOT IN %6")
            .arg(m, QLatin1String(joinedRoster), day, inBranchSql(orgOnDay, branch), categoryOnDaySql(m, day),
                 excluded);
    // Nothing changed since: the record says where the member was and as what.
    const QString byRecord = QStringLiteral("%1 AND %2.category NOT IN %3")
                                 .arg(inBranchSql(QStringLiteral("%1.org_id").arg(m), branch), m, excluded);
    return QStringLiteral("(%1 AND (%2.joined_on IS NULL OR %2.joined_on <= %3) "
                          "AND (%2.left_on IS NULL OR %2.left_on > %3) "
                          "AND CASE WHEN %4 THEN %5 ELSE %6 END)")
        .arg(partyMemberSql(m + QStringLiteral(".status")), m, day, changedLater, byHistory, byRecord);
}

} // namespace

QString expectedAtMeetingSql(const QString& member, const QString& branch, const QString& day,
                             const QString& earliestDay)
{
    return onDaySql(member, branch, day, earliestDay, {MemberCategory::InService});
}

QString countedAtMeetingSql(const QString& member, const QString& branch, const QString& day,
                            const QString& earliestDay)
{
    return onDaySql(member, branch, day, earliestDay,
                    {MemberCategory::InService, MemberCategory::FloatingOut});
}

QString categoryOnDaySql(const QString& member, const QString& day)
{
    return valueOnDaySql(member, day, categoryChange, QStringLiteral("%1.category").arg(member));
}

} // namespace partydesk
