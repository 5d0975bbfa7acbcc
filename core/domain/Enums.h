#pragma once

#include <QList>
#include <QString>

namespace partydesk {

// Each enumeration is stored as an English code and shown through translation.
enum class Sex
{
    Male,
    Female
};
enum class MemberCategory
{
    Registered,
    InService,
    FloatingOut,
    FloatingIn
};
enum class MemberStatus
{
    Applicant,
    Activist,
    Candidate,
    Probationary,
    Full
};
enum class MemberTag
{
    Retired,
    Unemployed,
    Hardship,
    LongStanding,
    Disabled,
    Minority
};
enum class LeaveKind
{
    TransferOut,
    Death,
    Stopped,
    Expelled,
    Withdrew,
    ReportEnded
};
enum class OrgType
{
    StreetCommittee,
    CommunityCommittee,
    BigCommittee,
    JointCommittee,
    GeneralBranch,
    GridBranch,
    EstateBranch,
    NonPublicBranch,
    JointBranch,
    Branch,
    PartyGroup
};
enum class OrgDomain
{
    Community,
    NonPublicFirm,
    SocialOrganisation,
    PublicInstitution
};
enum class Education
{
    Postgraduate,
    Bachelor,
    College,
    Vocational,
    HighSchool,
    MiddleOrBelow,
    Unknown // not recorded: an imported roster left it blank or unreadable
};
enum class MeetingKind
{
    ThemeDay,        // 主题党日
    GeneralMeeting,  // 支部党员大会
    Committee,       // 支部委员会
    GroupMeeting,    // 党小组会
    PartyLecture,    // 党课
    LifeMeeting,     // 组织生活会
    DemocraticReview // 民主评议党员
};
enum class AttendanceStatus
{
    Present,
    Leave,
    Absent
};

template <typename E> struct EnumInfo
{
    E value;
    const char* code;
    const char* label; // English source text, translated in context "Enum"
};

template <typename E> const QList<EnumInfo<E>>& enumInfos();

template <typename E> QString enumCode(E value)
{
    for (const auto& info : enumInfos<E>())
        if (info.value == value)
            return QString::fromLatin1(info.code);
    return {};
}

// Returns false when the code is unknown.
template <typename E> bool enumFromCode(const QString& code, E* value)
{
    for (const auto& info : enumInfos<E>())
        if (code == QLatin1String(info.code)) {
            *value = info.value;
            return true;
        }
    return false;
}

QString translatedEnumLabel(const char* label);

template <typename E> QString enumLabel(E value)
{
    for (const auto& info : enumInfos<E>())
        if (info.value == value)
            return translatedEnumLabel(info.label);
    return {};
}

template <typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const auto& info : enumInfos<E>())
        values.append(info.value);
    return values;
}

// Branch-level organisations hold members directly; committees above them hold branches.
bool isBranchLevel(OrgType type);
bool isCommunityCommittee(OrgType type);
// Years in a committee's term: a community committee 5, a branch 3 (domain rules).
int termYears(OrgType type);
// A quarter (1–4) by name: "Q3", 第三季度 in Chinese (a numeral, as official documents write it).
QString quarterName(int quarter);

} // namespace partydesk
