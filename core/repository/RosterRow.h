#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace partydesk {

// What the roster shows of one member: kept compact because a district holds 100,000 of them.
struct RosterRow
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString name;
    Sex sex = Sex::Male;
    QString ethnicity;
    QDate birthDate;
    QString idNumber;
    QString phone;
    MemberCategory category = MemberCategory::Registered;
    MemberStatus status = MemberStatus::Full;
    Education education = Education::HighSchool;
    QDate appliedOn;
    QDate activistOn;
    QDate candidateOn;
    QDate joinedOn;
    QDate fullOn;
    QString unitOrPlace; // work unit, floating destination or home organisation
    QDate since;         // reported here (in-service) or floating since (floating), by category
    QString address;
    QString pinyin;   // the name's full pinyin and initials (core/domain/Pinyin), for search
    QString initials;
    quint32 tagMask = 0; // bit (1 << int(MemberTag))
    QDate leftOn;

    bool hasTag(MemberTag tag) const { return tagMask & (1u << int(tag)); }
};

} // namespace partydesk
