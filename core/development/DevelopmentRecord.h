#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

// The documents of the development steps (kept in development_document.document by these codes).
enum class DevelopmentDocument
{
    Application,          // 入党申请书
    ThoughtReport,        // 思想汇报 (one every quarter while an activist)
    PoliticalReview,      // 政审材料
    TrainingCertificate,  // 培训结业证明
    MembershipForm,       // 入党志愿书
    ConversionApplication // 转正申请
};

QString documentCode(DevelopmentDocument document);
bool documentFromCode(const QString& code, DevelopmentDocument* document);
QString documentLabel(DevelopmentDocument document);
QList<DevelopmentDocument> allDocuments();

// One document received, with its date.
struct ReceivedDocument
{
    DevelopmentDocument document = DevelopmentDocument::Application;
    QDate receivedOn;
    QString note;
    bool operator==(const ReceivedDocument& o) const
    {
        return document == o.document && receivedOn == o.receivedOn && note == o.note;
    }
};

// What the steps need besides the stage dates on the member (applied_on … full_on): the talk,
// contacts, review, training, sponsors, approval, oath, an extension of probation, notes and
// the documents received.
struct DevelopmentRecord
{
    qint64 memberId = 0;
    QDate talkedOn;
    QString contactOne, contactTwo; // 培养联系人
    QDate reviewedOn;               // 政审
    QDate trainedOn;                // 集中培训
    int trainingHours = 0;
    QString sponsorOne, sponsorTwo; // 入党介绍人
    QDate approvedOn;               // the committee above approved the admission
    QDate oathOn;
    QDate extendedTo; // probation extended to (at most a year)
    QString notes;
    QList<ReceivedDocument> documents;

    bool has(DevelopmentDocument document) const;
    QList<QDate> received(DevelopmentDocument document) const; // oldest first
};

// The facts of a person the rules read: the member's stage dates and birth date.
struct DevelopmentPerson
{
    qint64 id = 0;
    QString name;
    qint64 orgId = 0;
    Sex sex = Sex::Male;
    QDate birthDate;
    MemberStatus status = MemberStatus::Applicant;
    QDate appliedOn, activistOn, candidateOn, joinedOn, fullOn;

    // The day the current stage began.
    QDate since() const;
};

// The yearly development plan of an organisation, in people.
struct DevelopmentPlan
{
    qint64 orgId = 0;
    int year = 0;
    int planned = 0;
    int young = 0; // under 35 when admitted
    int women = 0;
    QString notes;
};

// Admitted in the year (joined_on in it) under the organisation's subtree.
struct PlanAchieved
{
    int admitted = 0;
    int young = 0;
    int women = 0;
};

} // namespace partydesk
