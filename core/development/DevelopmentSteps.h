#pragma once

#include "DevelopmentRecord.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace partydesk {

// One item of a person's current stage: done or missing, and the day it is due by (invalid: no
// deadline, only needed before the next step). `waiting` items are a minimum duration: they
// cannot be overdue, only not yet over.
struct StepItem
{
    QString key;   // stable code: "talk", "contacts", "thought_report", …
    QString label; // translated
    bool done = false;
    QDate doneOn;
    QDate dueOn;
    bool waiting = false;
    bool recurring = false; // done while up to date, due again on `dueOn` (thought reports)
    QString detail;         // translated: what is missing, or what was done

    bool overdue(QDate today) const { return !done && !waiting && dueOn.isValid() && dueOn < today; }
};

// A document of the checklist of the stages reached so far, with the dates received.
struct DocumentCheck
{
    DevelopmentDocument document = DevelopmentDocument::Application;
    QList<QDate> receivedOn; // empty: missing
};

// The rules of each step of 发展党员, as pure functions of the person, the record and a day.
namespace DevelopmentSteps {

constexpr int talkWithinMonths = 1;
constexpr int reportEveryMonths = 3;
constexpr int minimumTrainingHours = 24;
constexpr int approvalWithinMonths = 3;
constexpr int minimumAge = 18;

// The stage that follows `status` (none after a full member).
std::optional<MemberStatus> nextStage(MemberStatus status);
// The stage's name (入党申请人 …) in the interface language.
QString stageLabel(MemberStatus status);

// The items of the person's current stage on `today`.
QList<StepItem> items(const DevelopmentPerson& person, const DevelopmentRecord& record, QDate today);
// The first item not done, by due date (items without a date last); none when all are done.
std::optional<StepItem> nextDue(const QList<StepItem>& items);

// The day a probation ends: a year after admission, or the day it was extended to.
QDate probationEnds(const DevelopmentPerson& person, const DevelopmentRecord& record);
// Thought reports an activist owes on `day`: one per quarter completed since becoming activist.
int thoughtReportsDue(QDate activistOn, QDate day);
// Thought reports received from becoming activist up to `day`.
int thoughtReportsReceived(const DevelopmentRecord& record, QDate activistOn, QDate day);

// What stops the person from moving to the next stage on `day`, each a translated sentence that
// names the missing item or the broken rule; empty when the step may be taken.
QStringList missingForNext(const DevelopmentPerson& person, const DevelopmentRecord& record, QDate day);

// The documents of the stages up to the current one, each with the dates received.
QList<DocumentCheck> documentChecklist(MemberStatus status, const DevelopmentRecord& record);
// Problems of a record in itself (an extension longer than a year, hours below zero …).
QStringList recordProblems(const DevelopmentPerson& person, const DevelopmentRecord& record);

} // namespace DevelopmentSteps

} // namespace partydesk
