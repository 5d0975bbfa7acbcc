#include "Enums.h"

#include <QCoreApplication>

namespace partydesk {

QString translatedEnumLabel(const char* label)
{
    return QCoreApplication::translate("Enum", label);
}

template <> const QList<EnumInfo<Sex>>& enumInfos<Sex>()
{
    static const QList<EnumInfo<Sex>> infos = {
        {Sex::Male, "M", QT_TRANSLATE_NOOP("Enum", "Male")},
        {Sex::Female, "F", QT_TRANSLATE_NOOP("Enum", "Female")},
    };
    return infos;
}

template <> const QList<EnumInfo<MemberCategory>>& enumInfos<MemberCategory>()
{
    static const QList<EnumInfo<MemberCategory>> infos = {
        {MemberCategory::Registered, "registered", QT_TRANSLATE_NOOP("Enum", "Registered")},
        {MemberCategory::InService, "in_service", QT_TRANSLATE_NOOP("Enum", "In-service")},
        {MemberCategory::FloatingOut, "floating_out", QT_TRANSLATE_NOOP("Enum", "Floating (out)")},
        {MemberCategory::FloatingIn, "floating_in", QT_TRANSLATE_NOOP("Enum", "Floating (in)")},
    };
    return infos;
}

template <> const QList<EnumInfo<MemberStatus>>& enumInfos<MemberStatus>()
{
    static const QList<EnumInfo<MemberStatus>> infos = {
        {MemberStatus::Applicant, "applicant", QT_TRANSLATE_NOOP("Enum", "Applicant")},
        {MemberStatus::Activist, "activist", QT_TRANSLATE_NOOP("Enum", "Activist")},
        {MemberStatus::Candidate, "candidate", QT_TRANSLATE_NOOP("Enum", "Candidate")},
        {MemberStatus::Probationary, "probationary", QT_TRANSLATE_NOOP("Enum", "Probationary member")},
        {MemberStatus::Full, "full", QT_TRANSLATE_NOOP("Enum", "Full member")},
    };
    return infos;
}

template <> const QList<EnumInfo<MemberTag>>& enumInfos<MemberTag>()
{
    static const QList<EnumInfo<MemberTag>> infos = {
        {MemberTag::Retired, "retired", QT_TRANSLATE_NOOP("Enum", "Retired")},
        {MemberTag::Unemployed, "unemployed", QT_TRANSLATE_NOOP("Enum", "Unemployed")},
        {MemberTag::Hardship, "hardship", QT_TRANSLATE_NOOP("Enum", "In hardship")},
        {MemberTag::LongStanding, "long_standing", QT_TRANSLATE_NOOP("Enum", "Long-standing member")},
        {MemberTag::Disabled, "disabled", QT_TRANSLATE_NOOP("Enum", "Disabled")},
        {MemberTag::Minority, "minority", QT_TRANSLATE_NOOP("Enum", "Ethnic minority")},
    };
    return infos;
}

template <> const QList<EnumInfo<LeaveKind>>& enumInfos<LeaveKind>()
{
    static const QList<EnumInfo<LeaveKind>> infos = {
        {LeaveKind::TransferOut, "transfer_out", QT_TRANSLATE_NOOP("Enum", "Transferred out")},
        {LeaveKind::Death, "death", QT_TRANSLATE_NOOP("Enum", "Deceased")},
        {LeaveKind::Stopped, "stopped", QT_TRANSLATE_NOOP("Enum", "Membership stopped")},
        {LeaveKind::Expelled, "expelled", QT_TRANSLATE_NOOP("Enum", "Expelled")},
        {LeaveKind::Withdrew, "withdrew", QT_TRANSLATE_NOOP("Enum", "Withdrew")},
        {LeaveKind::ReportEnded, "report_ended", QT_TRANSLATE_NOOP("Enum", "No longer reports here")},
    };
    return infos;
}

template <> const QList<EnumInfo<OrgType>>& enumInfos<OrgType>()
{
    static const QList<EnumInfo<OrgType>> infos = {
        {OrgType::StreetCommittee, "street_committee", QT_TRANSLATE_NOOP("Enum", "Street working committee")},
        {OrgType::CommunityCommittee, "community_committee",
         QT_TRANSLATE_NOOP("Enum", "Community committee")},
        {OrgType::BigCommittee, "big_committee", QT_TRANSLATE_NOOP("Enum", "Community big committee")},
        {OrgType::JointCommittee, "joint_committee", QT_TRANSLATE_NOOP("Enum", "Community joint committee")},
        {OrgType::GeneralBranch, "general_branch", QT_TRANSLATE_NOOP("Enum", "General branch")},
        {OrgType::GridBranch, "grid_branch", QT_TRANSLATE_NOOP("Enum", "Grid branch")},
        {OrgType::EstateBranch, "estate_branch", QT_TRANSLATE_NOOP("Enum", "Estate branch")},
        {OrgType::NonPublicBranch, "non_public_branch",
         QT_TRANSLATE_NOOP("Enum", "Non-public organisation branch")},
        {OrgType::JointBranch, "joint_branch", QT_TRANSLATE_NOOP("Enum", "Joint branch")},
        {OrgType::Branch, "branch", QT_TRANSLATE_NOOP("Enum", "Branch")},
        {OrgType::PartyGroup, "party_group", QT_TRANSLATE_NOOP("Enum", "Party group")},
    };
    return infos;
}

template <> const QList<EnumInfo<OrgDomain>>& enumInfos<OrgDomain>()
{
    static const QList<EnumInfo<OrgDomain>> infos = {
        {OrgDomain::Community, "community", QT_TRANSLATE_NOOP("Enum", "Community")},
        {OrgDomain::NonPublicFirm, "non_public_firm", QT_TRANSLATE_NOOP("Enum", "Non-public firm")},
        {OrgDomain::SocialOrganisation, "social_organisation",
         QT_TRANSLATE_NOOP("Enum", "Social organisation")},
        {OrgDomain::PublicInstitution, "public_institution",
         QT_TRANSLATE_NOOP("Enum", "Government or public institution")},
    };
    return infos;
}

template <> const QList<EnumInfo<Education>>& enumInfos<Education>()
{
    static const QList<EnumInfo<Education>> infos = {
        {Education::Postgraduate, "postgraduate", QT_TRANSLATE_NOOP("Enum", "Postgraduate")},
        {Education::Bachelor, "bachelor", QT_TRANSLATE_NOOP("Enum", "Bachelor's degree")},
        {Education::College, "college", QT_TRANSLATE_NOOP("Enum", "College diploma")},
        {Education::Vocational, "vocational", QT_TRANSLATE_NOOP("Enum", "Secondary vocational")},
        {Education::HighSchool, "high_school", QT_TRANSLATE_NOOP("Enum", "High school")},
        {Education::MiddleOrBelow, "middle_or_below", QT_TRANSLATE_NOOP("Enum", "Middle school or below")},
        {Education::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Not recorded")},
    };
    return infos;
}

template <> const QList<EnumInfo<MeetingKind>>& enumInfos<MeetingKind>()
{
    static const QList<EnumInfo<MeetingKind>> infos = {
        {MeetingKind::ThemeDay, "theme_day", QT_TRANSLATE_NOOP("Enum", "Theme Party day")},
        {MeetingKind::GeneralMeeting, "general_meeting", QT_TRANSLATE_NOOP("Enum", "Branch general meeting")},
        {MeetingKind::Committee, "committee", QT_TRANSLATE_NOOP("Enum", "Branch committee meeting")},
        {MeetingKind::GroupMeeting, "group_meeting", QT_TRANSLATE_NOOP("Enum", "Party group meeting")},
        {MeetingKind::PartyLecture, "party_lecture", QT_TRANSLATE_NOOP("Enum", "Party lecture")},
        {MeetingKind::LifeMeeting, "life_meeting", QT_TRANSLATE_NOOP("Enum", "Organisational life meeting")},
        {MeetingKind::DemocraticReview, "democratic_review",
         QT_TRANSLATE_NOOP("Enum", "Democratic review of members")},
    };
    return infos;
}

template <> const QList<EnumInfo<AttendanceStatus>>& enumInfos<AttendanceStatus>()
{
    static const QList<EnumInfo<AttendanceStatus>> infos = {
        {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("Enum", "Present")},
        {AttendanceStatus::Leave, "leave", QT_TRANSLATE_NOOP("Enum", "On leave")},
        {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("Enum", "Absent")},
    };
    return infos;
}

bool isBranchLevel(OrgType type)
{
    switch (type) {
    case OrgType::GridBranch:
    case OrgType::EstateBranch:
    case OrgType::NonPublicBranch:
    case OrgType::JointBranch:
    case OrgType::Branch:
    case OrgType::PartyGroup:
        return true;
    default:
        return false;
    }
}

bool isCommunityCommittee(OrgType type)
{
    return type == OrgType::CommunityCommittee || type == OrgType::BigCommittee ||
           type == OrgType::JointCommittee;
}

int termYears(OrgType type)
{
    return isBranchLevel(type) || type == OrgType::GeneralBranch ? 3 : 5;
}

QString quarterName(int quarter)
{
    switch (quarter) {
    case 1:
        return QCoreApplication::translate("Quarter", "Q1");
    case 2:
        return QCoreApplication::translate("Quarter", "Q2");
    case 3:
        return QCoreApplication::translate("Quarter", "Q3");
    case 4:
        return QCoreApplication::translate("Quarter", "Q4");
    default:
        return QString();
    }
}

} // namespace partydesk
