#include "PartyMembership.h"

#include <QCoreApplication>
#include <QStringList>

namespace partydesk {

bool isPartyMember(MemberStatus status)
{
    return status == MemberStatus::Probationary || status == MemberStatus::Full;
}

QString partyMemberSql(const QString& statusColumn)
{
    QStringList codes;
    for (MemberStatus status : enumValues<MemberStatus>())
        if (isPartyMember(status))
            codes << QStringLiteral("'%1'").arg(enumCode(status));
    return QStringLiteral("%1 IN (%2)").arg(statusColumn, codes.join(QStringLiteral(", ")));
}

void MemberCounts::add(MemberStatus status, int count)
{
    switch (status) {
    case MemberStatus::Full:
        full += count;
        break;
    case MemberStatus::Probationary:
        probationary += count;
        break;
    case MemberStatus::Candidate:
        candidates += count;
        break;
    case MemberStatus::Activist:
        activists += count;
        break;
    case MemberStatus::Applicant:
        applicants += count;
        break;
    }
}

MemberCounts& MemberCounts::operator+=(const MemberCounts& other)
{
    full += other.full;
    probationary += other.probationary;
    candidates += other.candidates;
    activists += other.activists;
    applicants += other.applicants;
    return *this;
}

bool MemberCounts::operator==(const MemberCounts& other) const
{
    return full == other.full && probationary == other.probationary && candidates == other.candidates &&
           activists == other.activists && applicants == other.applicants;
}

QString describeMemberCounts(const MemberCounts& counts)
{
    return QCoreApplication::translate(
               "MemberCounts",
               "Party members %1 (full %2, probationary %3); applicants %4, activists %5, candidates %6")
        .arg(counts.partyMembers())
        .arg(counts.full)
        .arg(counts.probationary)
        .arg(counts.applicants)
        .arg(counts.activists)
        .arg(counts.candidates);
}

} // namespace partydesk
