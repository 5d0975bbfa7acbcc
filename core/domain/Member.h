#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

struct Member
{
    qint64 id = 0;
    // The saved row's version when it was read (0: a new member, or a caller that does not check): a
    // save made from an older version than the one saved is refused (optimistic locking).
    int rowVersion = 0;
    QString name;
    Sex sex = Sex::Male;
    QString ethnicity;
    QString idNumber;
    QDate birthDate;
    Education education = Education::HighSchool;
    QString phone;
    QString address;
    qint64 orgId = 0;
    qint64 gridId = 0; // 0: no grid
    MemberCategory category = MemberCategory::Registered;
    MemberStatus status = MemberStatus::Full;

    // The date of each step towards membership.
    QDate appliedOn;
    QDate activistOn;
    QDate candidateOn;
    QDate joinedOn; // admitted as probationary member
    QDate fullOn;   // became a full member; Party age counts from here

    // In-service members (在职党员): registered at their workplace, report here.
    QString workUnit;
    QDate reportedOn;
    QString servicePost;

    // Floating members (流动党员): out to `floatingPlace`, or in from `homeOrganisation`.
    QString floatingPlace;
    QDate floatingSince;
    QString floatingContact;
    QString activityCardNo;
    QString participation;
    QString homeOrganisation;

    QList<MemberTag> tags;

    QDate leftOn; // set when the member left this community's roster
    LeaveKind leaveKind = LeaveKind::TransferOut;
    QString leaveReason;
    QString notes;

    bool hasLeft() const { return leftOn.isValid(); }
    bool hasTag(MemberTag tag) const { return tags.contains(tag); }
};

struct MemberEvent
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDate date;
    QString kind; // joined_roster, category_change, status_change, transfer, left
    QString fromValue;
    QString toValue;
    QString reason;
};

} // namespace partydesk
