// The rules of the development steps (发展党员), with hand-computed dates.
#include "development/DevelopmentSteps.h"
#include "development/ProbationDue.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

namespace {

DevelopmentPerson person(MemberStatus status)
{
    DevelopmentPerson p;
    p.id = 1;
    p.name = QStringLiteral("李明");
    p.status = status;
    p.birthDate = QDate(1998, 5, 20);
    return p;
}

const StepItem* find(const QList<StepItem>& items, const char* key)
{
    for (const StepItem& i : items)
        if (i.key == QLatin1String(key))
            return &i;
    return nullptr;
}

bool mentions(const QStringList& missing, const QString& text)
{
    for (const QString& m : missing)
        if (m.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("The branch talks with an applicant within a month of the application", "[development]")
{
    DevelopmentPerson p = person(MemberStatus::Applicant);
    p.appliedOn = QDate(2026, 1, 31);
    DevelopmentRecord r;
    // A month after 31 January is the last day of February.
    QList<StepItem> items = DevelopmentSteps::items(p, r, QDate(2026, 2, 28));
    const StepItem* talk = find(items, "talk");
    REQUIRE(talk);
    CHECK(talk->dueOn == QDate(2026, 2, 28));
    CHECK_FALSE(talk->overdue(QDate(2026, 2, 28)));
    CHECK(talk->overdue(QDate(2026, 3, 1)));
    // The letter of application is due on the day of applying; it was received.
    r.documents.append({DevelopmentDocument::Application, QDate(2026, 1, 31), {}});
    items = DevelopmentSteps::items(p, r, QDate(2026, 3, 1));
    CHECK(find(items, "application")->done);
    const std::optional<StepItem> next = DevelopmentSteps::nextDue(items);
    REQUIRE(next);
    CHECK(next->key == QStringLiteral("talk"));
    // The step to activist needs the talk, and the talk must not come after it.
    QStringList missing = DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 1));
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].contains(QStringLiteral("talk")));
    r.talkedOn = QDate(2026, 2, 20);
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 1)).isEmpty());
    CHECK(mentions(DevelopmentSteps::missingForNext(p, r, QDate(2026, 2, 19)), QStringLiteral("2026-02-20")));
    CHECK(mentions(DevelopmentSteps::missingForNext(p, r, QDate(2026, 1, 30)),
                   QStringLiteral("before the start")));
    CHECK(find(DevelopmentSteps::items(p, r, QDate(2026, 3, 1)), "talk")->done);
}

TEST_CASE("An activist needs two contacts, a report every quarter and a year before becoming a candidate",
          "[development]")
{
    DevelopmentPerson p = person(MemberStatus::Activist);
    p.appliedOn = QDate(2024, 12, 1);
    p.activistOn = QDate(2025, 3, 10);
    DevelopmentRecord r;
    r.contactOne = QStringLiteral("王芳");
    // Reports due 2025-06-10, 09-10, 12-10 and 2026-03-10: three received.
    for (const QDate d : {QDate(2025, 6, 5), QDate(2025, 9, 8), QDate(2025, 12, 1)})
        r.documents.append({DevelopmentDocument::ThoughtReport, d, {}});
    CHECK(DevelopmentSteps::thoughtReportsDue(p.activistOn, QDate(2026, 3, 9)) == 3);
    CHECK(DevelopmentSteps::thoughtReportsDue(p.activistOn, QDate(2026, 3, 10)) == 4);

    const QList<StepItem> items = DevelopmentSteps::items(p, r, QDate(2026, 3, 20));
    const StepItem* reports = find(items, "thought_report");
    REQUIRE(reports);
    CHECK_FALSE(reports->done);
    CHECK(reports->dueOn == QDate(2026, 3, 10)); // the fourth, owed since 10 March
    CHECK(reports->overdue(QDate(2026, 3, 20)));
    CHECK(find(items, "contacts")->dueOn == QDate(2025, 4, 10));
    CHECK(find(items, "contacts")->overdue(QDate(2026, 3, 20)));
    const StepItem* year = find(items, "observation");
    CHECK(year->dueOn == QDate(2026, 3, 10));
    CHECK(year->done);

    // A day short of the year: refused, naming the earliest day, the missing contact and the report.
    QStringList missing = DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 9));
    CHECK(mentions(missing, QStringLiteral("2026-03-10")));
    CHECK(mentions(missing, QStringLiteral("second contact")));
    CHECK_FALSE(mentions(missing, QStringLiteral("Thought reports"))); // three owed, three received
    missing = DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 10));
    CHECK(mentions(missing, QStringLiteral("Thought reports: 3 of 4 received")));
    CHECK_FALSE(mentions(missing, QStringLiteral("at least a year")));

    r.contactTwo = QStringLiteral("赵强");
    r.documents.append({DevelopmentDocument::ThoughtReport, QDate(2026, 3, 10), {}});
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 10)).isEmpty());
    // Up to date, the next report is due a quarter after the fourth was owed.
    const QList<StepItem> later = DevelopmentSteps::items(p, r, QDate(2026, 3, 20));
    CHECK(find(later, "thought_report")->done);
    CHECK(find(later, "thought_report")->dueOn == QDate(2026, 6, 10));
    CHECK(DevelopmentSteps::nextDue(later)->key == QStringLiteral("thought_report"));
}

TEST_CASE("A candidate is admitted only at 18, with review, training, two sponsors and the documents",
          "[development]")
{
    DevelopmentPerson p = person(MemberStatus::Candidate);
    p.birthDate = QDate(2008, 2, 29);
    p.appliedOn = QDate(2024, 3, 1);
    p.activistOn = QDate(2024, 6, 1);
    p.candidateOn = QDate(2025, 6, 1);
    DevelopmentRecord r;
    r.reviewedOn = QDate(2025, 9, 1);
    r.trainedOn = QDate(2025, 10, 1);
    r.trainingHours = 16;
    r.sponsorOne = QStringLiteral("王芳");

    QStringList missing = DevelopmentSteps::missingForNext(p, r, QDate(2026, 2, 28));
    // Born on 29 February: 18 on 1 March 2026.
    CHECK(mentions(missing, QStringLiteral("on 2026-02-28 李明 is 17, 18 on 2026-03-01")));
    CHECK(mentions(missing, QStringLiteral("16 class hours recorded, at least 24")));
    CHECK(mentions(missing, QStringLiteral("second sponsor")));
    CHECK(mentions(missing, documentLabel(DevelopmentDocument::PoliticalReview)));
    CHECK(mentions(missing, documentLabel(DevelopmentDocument::TrainingCertificate)));
    CHECK(mentions(missing, documentLabel(DevelopmentDocument::MembershipForm)));
    CHECK_FALSE(mentions(missing, QStringLiteral("political review is missing")));
    const StepItem* age = find(DevelopmentSteps::items(p, r, QDate(2026, 2, 1)), "age");
    REQUIRE(age);
    CHECK(age->waiting);
    CHECK(age->dueOn == QDate(2026, 3, 1));
    CHECK_FALSE(age->overdue(QDate(2026, 2, 1)));

    r.trainingHours = 24;
    r.sponsorTwo = QStringLiteral("赵强");
    for (DevelopmentDocument d :
         {DevelopmentDocument::PoliticalReview, DevelopmentDocument::TrainingCertificate,
          DevelopmentDocument::MembershipForm})
        r.documents.append({d, QDate(2025, 12, 1), {}});
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2026, 3, 1)).isEmpty());
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2026, 2, 28)).size() == 1);
    CHECK(find(DevelopmentSteps::items(p, r, QDate(2026, 3, 1)), "age") == nullptr);
}

TEST_CASE("The committee above approves within three months; the probation ends a year after admission",
          "[development]")
{
    DevelopmentPerson p = person(MemberStatus::Probationary);
    p.appliedOn = QDate(2023, 3, 1);
    p.activistOn = QDate(2023, 6, 1);
    p.candidateOn = QDate(2024, 6, 1);
    p.joinedOn = QDate(2025, 11, 30);
    DevelopmentRecord r;
    QList<StepItem> items = DevelopmentSteps::items(p, r, QDate(2026, 3, 1));
    const StepItem* approval = find(items, "approval");
    CHECK(approval->dueOn == QDate(2026, 2, 28)); // three months after 30 November
    CHECK(approval->overdue(QDate(2026, 3, 1)));
    CHECK(DevelopmentSteps::probationEnds(p, r) == QDate(2026, 11, 30));
    CHECK(find(items, "conversion")->dueOn == QDate(2026, 11, 30));

    r.approvedOn = QDate(2026, 1, 15);
    r.documents.append({DevelopmentDocument::ConversionApplication, QDate(2026, 11, 1), {}});
    QStringList missing = DevelopmentSteps::missingForNext(p, r, QDate(2026, 11, 29));
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].contains(QStringLiteral("2026-11-30")));
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2026, 11, 30)).isEmpty());
    CHECK(find(DevelopmentSteps::items(p, r, QDate(2026, 12, 1)), "conversion")->overdue(QDate(2026, 12, 1)));

    // Extended by half a year: conversion from the end of the extension.
    r.extendedTo = QDate(2027, 5, 30);
    CHECK(DevelopmentSteps::recordProblems(p, r).isEmpty());
    CHECK(DevelopmentSteps::probationEnds(p, r) == QDate(2027, 5, 30));
    CHECK(
        mentions(DevelopmentSteps::missingForNext(p, r, QDate(2026, 11, 30)), QStringLiteral("2027-05-30")));
    CHECK(DevelopmentSteps::missingForNext(p, r, QDate(2027, 5, 30)).isEmpty());
    CHECK_FALSE(
        find(DevelopmentSteps::items(p, r, QDate(2026, 12, 1)), "conversion")->overdue(QDate(2026, 12, 1)));
    // At most a year: to 2027-11-30 at the latest.
    r.extendedTo = QDate(2027, 11, 30);
    CHECK(DevelopmentSteps::recordProblems(p, r).isEmpty());
    r.extendedTo = QDate(2027, 12, 1);
    CHECK(mentions(DevelopmentSteps::recordProblems(p, r), QStringLiteral("2027-11-30")));
    r.extendedTo = QDate(2026, 11, 30); // not an extension
    CHECK_FALSE(DevelopmentSteps::recordProblems(p, r).isEmpty());
}

TEST_CASE("Each stage's documents checklist lists the documents of the stages reached, with dates",
          "[development]")
{
    DevelopmentRecord r;
    r.documents.append({DevelopmentDocument::Application, QDate(2025, 1, 2), {}});
    r.documents.append({DevelopmentDocument::ThoughtReport, QDate(2025, 9, 1), {}});
    r.documents.append({DevelopmentDocument::ThoughtReport, QDate(2025, 6, 1), {}});
    CHECK(DevelopmentSteps::documentChecklist(MemberStatus::Applicant, r).size() == 1);
    const QList<DocumentCheck> activist = DevelopmentSteps::documentChecklist(MemberStatus::Activist, r);
    REQUIRE(activist.size() == 2);
    CHECK(activist[1].document == DevelopmentDocument::ThoughtReport);
    CHECK(activist[1].receivedOn == QList<QDate>{QDate(2025, 6, 1), QDate(2025, 9, 1)});
    const QList<DocumentCheck> probationary =
        DevelopmentSteps::documentChecklist(MemberStatus::Probationary, r);
    CHECK(probationary.size() == 6);
    CHECK(probationary.last().document == DevelopmentDocument::ConversionApplication);
    CHECK(probationary.last().receivedOn.isEmpty());
}

TEST_CASE("An extended probation ends on the day it was extended to in the probation list", "[development]")
{
    const QDate today(2026, 11, 15);
    PipelineEntry plain;
    plain.person = person(MemberStatus::Probationary);
    plain.person.id = 1;
    plain.person.joinedOn = QDate(2025, 10, 16); // ended 2026-10-16: 30 days overdue
    PipelineEntry extendedSoon = plain;
    extendedSoon.person.id = 2;
    extendedSoon.record.extendedTo = QDate(2026, 12, 31); // 46 days left
    PipelineEntry extendedLater = plain;
    extendedLater.person.id = 3;
    extendedLater.record.extendedTo = QDate(2027, 4, 16); // 152 days left: not listed
    PipelineEntry candidate;
    candidate.person = person(MemberStatus::Candidate);
    candidate.person.id = 4;

    const QList<ProbationDue> due =
        probationsDue(QList<PipelineEntry>{extendedLater, extendedSoon, candidate, plain}, today);
    REQUIRE(due.size() == 2);
    CHECK(due[0].memberId == 1);
    CHECK(due[0].daysLeft == -30);
    CHECK(due[1].memberId == 2);
    CHECK(due[1].endsOn == QDate(2026, 12, 31));
    CHECK(due[1].daysLeft == 46);
    CHECK_FALSE(due[1].overdue());
}
