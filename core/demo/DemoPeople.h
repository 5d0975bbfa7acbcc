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
class DemoPeople
{
public:
    DemoPeople(quint32 seed, QDate today) : m_state(seed ? seed : 1), m_today(today) {}

    quint32 below(quint32 n) { return next() % n; }
    QString fullName();
    QString committeeNames(int count);
    QString mobile();
    DemoPerson person(bool nonPublicFirm, const QString& firm, const QString& community);

    static QString gridName(int number);
    static QString streetName(int number);
    static QString communityName(int number);
    static QList<QPair<QString, QString>> coBuildingUnits();

private:
    quint32 next();
    QDate dateBetween(QDate from, QDate to);
    QString idNumberFor(QDate birth, Sex sex);
    void careerDates(DemoPerson& p);

    quint64 m_state;
    QSet<QString> m_usedIdNumbers;
    QDate m_today;
};

} // namespace partydesk
