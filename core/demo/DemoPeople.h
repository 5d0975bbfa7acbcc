#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace partydesk {

// One generated person, valid by every rule in Validation.
struct DemoPerson
{
    QString name;
    Sex sex = Sex::Male;
    QString ethnicity;
    QString idNumber;
    QDate birthDate;
    Education education = Education::HighSchool;
    QString phone;
    QString address;
    MemberCategory category = MemberCategory::Registered;
    MemberStatus status = MemberStatus::Full;
    QDate appliedOn, activistOn, candidateOn, joinedOn, fullOn;
    QString workUnit;
    QDate reportedOn;
    QString servicePost;
    QString floatingPlace;
    QDate floatingSince;
    QString floatingContact;
    QString activityCardNo;
    QString participation;
    QString homeOrganisation;
    QList<MemberTag> tags;
    QDate onRosterSince;
};

// Deterministic source of plausible people: the same seed and day give the same sequence.
// Nobody is dated after `today`; ages fit each status and category (see person()).
class DemoPeople
{
public:
    DemoPeople(quint32 seed, QDate today) : m_state(seed ? seed : 1), m_today(today) {}

    quint32 below(quint32 n) { return next() % n; }
    // A surname and one or two given-name characters, never one of blockedNames().
    QString fullName();
    QString fullName(Sex sex);
    QString committeeNames(int count);
    QString mobile();
    DemoPerson person(bool nonPublicFirm, const QString& firm, const QString& community);

    static QString gridName(int number);
    static QString streetName(int number);
    static QString communityName(int number);
    static QList<QPair<QString, QString>> coBuildingUnits();

    // Names of notorious historical figures and of the country's leaders, past and present: no
    // demo name contains one.
    static const QStringList& blockedNames();
    static bool isBlockedName(const QString& name);

    // The age from which the demo tags a member retired (the statutory ages: men 60, women 55).
    static int retirementAge(Sex sex) { return sex == Sex::Male ? 60 : 55; }

private:
    quint32 next();
    QDate dateBetween(QDate from, QDate to);
    QString idNumberFor(QDate birth, Sex sex);
    MemberStatus drawStatus(bool nonPublicFirm);
    void careerDates(DemoPerson& p, bool nonPublicFirm);

    quint64 m_state;
    QSet<QString> m_usedIdNumbers;
    QDate m_today;
};

} // namespace partydesk
