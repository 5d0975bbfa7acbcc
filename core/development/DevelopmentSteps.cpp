#include "DevelopmentSteps.h"

#include "domain/DerivedFacts.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk::DevelopmentSteps {

namespace {

// A text marked with QT_TRANSLATE_NOOP in this context.
QString translated(const char* text)
{
    return QCoreApplication::translate("DevelopmentSteps", text);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

StepItem item(const char* key, const char* label, bool done, QDate doneOn = {}, QDate dueOn = {})
{
    StepItem i;
    i.key = QString::fromLatin1(key);
    i.label = QCoreApplication::translate("DevelopmentSteps", label);
    i.done = done;
    i.doneOn = doneOn;
    i.dueOn = dueOn;
    return i;
}

QDate firstReceived(const DevelopmentRecord& record, DevelopmentDocument document)
{
    const QList<QDate> dates = record.received(document);
    return dates.isEmpty() ? QDate() : dates.first();
}

StepItem documentItem(const char* key, const DevelopmentRecord& record, DevelopmentDocument document,
                      QDate dueOn = {})
{
    StepItem i;
    i.key = QString::fromLatin1(key);
    i.label = documentLabel(document);
    i.done = record.has(document);
    i.doneOn = firstReceived(record, document);
    i.dueOn = dueOn;
    return i;
}

// The names given, as a list reads them: "王芳、赵强".
QString names(const QString& a, const QString& b)
{
    QStringList given;
    for (const QString& name : {a.trimmed(), b.trimmed()})
        if (!name.isEmpty())
            given << name;
    return given.join(QStringLiteral("、"));
}

int filled(const QString& a, const QString& b)
{
    return (a.trimmed().isEmpty() ? 0 : 1) + (b.trimmed().isEmpty() ? 0 : 1);
}

} // namespace

std::optional<MemberStatus> nextStage(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Applicant:
        return MemberStatus::Activist;
    case MemberStatus::Activist:
        return MemberStatus::Candidate;
    case MemberStatus::Candidate:
        return MemberStatus::Probationary;
    case MemberStatus::Probationary:
        return MemberStatus::Full;
    case MemberStatus::Full:
        break;
    }
    return std::nullopt;
}

QString stageLabel(MemberStatus status)
{
    return enumLabel(status);
}

QDate probationEnds(const DevelopmentPerson& person, const DevelopmentRecord& record)
{
    if (!person.joinedOn.isValid())
        return {};
    return record.extendedTo.isValid() ? record.extendedTo : yearsCompleted(person.joinedOn, 1);
}

int thoughtReportsDue(QDate activistOn, QDate day)
{
    if (!activistOn.isValid() || !day.isValid())
        return 0;
    int quarters = 0;
    while (activistOn.addMonths(reportEveryMonths * (quarters + 1)) <= day)
        ++quarters;
    return quarters;
}

int thoughtReportsReceived(const DevelopmentRecord& record, QDate activistOn, QDate day)
{
    const QList<QDate> dates = record.received(DevelopmentDocument::ThoughtReport);
    return int(
        std::count_if(dates.cbegin(), dates.cend(), [&](QDate d) { return d >= activistOn && d <= day; }));
}

QList<StepItem> items(const DevelopmentPerson& p, const DevelopmentRecord& r, QDate today)
{
    QList<StepItem> list;
    switch (p.status) {
    case MemberStatus::Applicant:
        list << documentItem("application", r, DevelopmentDocument::Application, p.appliedOn);
        list << item("talk", QT_TRANSLATE_NOOP("DevelopmentSteps", "Talk with the applicant"),
                     r.talkedOn.isValid(), r.talkedOn,
                     p.appliedOn.isValid() ? p.appliedOn.addMonths(talkWithinMonths) : QDate());
        break;
    case MemberStatus::Activist: {
        StepItem contacts = item("contacts", QT_TRANSLATE_NOOP("DevelopmentSteps", "Two contacts assigned"),
                                 filled(r.contactOne, r.contactTwo) == 2, {},
                                 p.activistOn.isValid() ? p.activistOn.addMonths(1) : QDate());
        contacts.detail = names(r.contactOne, r.contactTwo);
        list << contacts;
        const int received = thoughtReportsReceived(r, p.activistOn, today);
        const int owed = thoughtReportsDue(p.activistOn, today);
        StepItem reports =
            item("thought_report", QT_TRANSLATE_NOOP("DevelopmentSteps", "Quarterly thought report"),
                 received >= owed);
        reports.recurring = true;
        const QList<QDate> dates = r.received(DevelopmentDocument::ThoughtReport);
        reports.doneOn = dates.isEmpty() ? QDate() : dates.last();
        reports.dueOn = p.activistOn.isValid()
                            ? p.activistOn.addMonths(reportEveryMonths * (std::min(received, owed) + 1))
                            : QDate();
        reports.detail =
            QCoreApplication::translate("DevelopmentSteps", "%1 of %2 received").arg(received).arg(owed);
        list << reports;
        StepItem year =
            item("observation", QT_TRANSLATE_NOOP("DevelopmentSteps", "A year of training and observation"),
                 false, {}, p.activistOn.isValid() ? yearsCompleted(p.activistOn, 1) : QDate());
        year.waiting = true;
        year.done = year.dueOn.isValid() && year.dueOn <= today;
        list << year;
        break;
    }
    case MemberStatus::Candidate: {
        list << item("review", QT_TRANSLATE_NOOP("DevelopmentSteps", "Political review"),
                     r.reviewedOn.isValid(), r.reviewedOn);
        StepItem training =
            item("training", QT_TRANSLATE_NOOP("DevelopmentSteps", "Training course"),
                 r.trainedOn.isValid() && r.trainingHours >= minimumTrainingHours, r.trainedOn);
        training.detail =
            QCoreApplication::translate("DevelopmentSteps", "%1 class hours").arg(r.trainingHours);
        list << training;
        StepItem sponsors = item("sponsors", QT_TRANSLATE_NOOP("DevelopmentSteps", "Two sponsors"),
                                 filled(r.sponsorOne, r.sponsorTwo) == 2);
        sponsors.detail = names(r.sponsorOne, r.sponsorTwo);
        list << sponsors;
        list << documentItem("review_materials", r, DevelopmentDocument::PoliticalReview);
        list << documentItem("certificate", r, DevelopmentDocument::TrainingCertificate);
        list << documentItem("form", r, DevelopmentDocument::MembershipForm);
        if (p.birthDate.isValid() && ageOn(p.birthDate, today) < minimumAge) {
            StepItem age = item("age", QT_TRANSLATE_NOOP("DevelopmentSteps", "18 years old"), false, {},
                                yearsCompleted(p.birthDate, minimumAge));
            age.waiting = true;
            list << age;
        }
        break;
    }
    case MemberStatus::Probationary: {
        list << item("approval", QT_TRANSLATE_NOOP("DevelopmentSteps", "Approval by the committee above"),
                     r.approvedOn.isValid(), r.approvedOn,
                     p.joinedOn.isValid() ? p.joinedOn.addMonths(approvalWithinMonths) : QDate());
        list << item("oath", QT_TRANSLATE_NOOP("DevelopmentSteps", "Oath taken"), r.oathOn.isValid(),
                     r.oathOn);
        const QDate ends = probationEnds(p, r);
        list << documentItem("conversion_application", r, DevelopmentDocument::ConversionApplication, ends);
        StepItem conversion =
            item("conversion", QT_TRANSLATE_NOOP("DevelopmentSteps", "Conversion by the branch meeting"),
                 false, {}, ends);
        if (r.extendedTo.isValid())
            conversion.detail = QCoreApplication::translate("DevelopmentSteps", "probation extended to %1")
                                    .arg(iso(r.extendedTo));
        list << conversion;
        break;
    }
    case MemberStatus::Full:
        break;
    }
    return list;
}

std::optional<StepItem> nextDue(const QList<StepItem>& items)
{
    std::optional<StepItem> next;
    for (const StepItem& i : items) {
        if (i.done && !i.recurring)
            continue;
        if (i.waiting && i.done)
            continue;
        if (!next || (i.dueOn.isValid() && (!next->dueOn.isValid() || i.dueOn < next->dueOn)))
            next = i;
    }
    return next;
}

QStringList missingForNext(const DevelopmentPerson& p, const DevelopmentRecord& r, QDate day)
{
    QStringList missing;
    if (!nextStage(p.status)) {
        missing
            << QCoreApplication::translate("DevelopmentSteps", "%1 is already a full member.").arg(p.name);
        return missing;
    }
    if (!day.isValid()) {
        missing << QCoreApplication::translate("DevelopmentSteps", "Enter the date of the step.");
        return missing;
    }
    const QDate since = p.since();
    if (since.isValid() && day < since)
        missing << QCoreApplication::translate("DevelopmentSteps",
                                               "The date %1 is before the start of the current stage (%2).")
                       .arg(iso(day), iso(since));
    const auto needDate = [&](QDate done, const char* what) {
        if (!done.isValid())
            missing
                << QCoreApplication::translate("DevelopmentSteps", "%1 is missing.").arg(translated(what));
        else if (done > day)
            missing << QCoreApplication::translate("DevelopmentSteps", "%1 is dated %2, after the step.")
                           .arg(translated(what), iso(done));
    };
    const auto needDocument = [&](DevelopmentDocument document) {
        const QList<QDate> received = r.received(document);
        if (received.isEmpty())
            missing << QCoreApplication::translate("DevelopmentSteps", "%1 is missing.")
                           .arg(documentLabel(document));
        else if (received.first() > day)
            missing << QCoreApplication::translate("DevelopmentSteps", "%1 is dated %2, after the step.")
                           .arg(documentLabel(document), iso(received.first()));
    };
    const auto needTwo = [&](const QString& one, const QString& two, const char* first, const char* second) {
        if (one.trimmed().isEmpty())
            missing
                << QCoreApplication::translate("DevelopmentSteps", "%1 is missing.").arg(translated(first));
        if (two.trimmed().isEmpty())
            missing
                << QCoreApplication::translate("DevelopmentSteps", "%1 is missing.").arg(translated(second));
    };
    switch (p.status) {
    case MemberStatus::Applicant:
        needDocument(DevelopmentDocument::Application);
        needDate(r.talkedOn, QT_TRANSLATE_NOOP("DevelopmentSteps", "The talk with the applicant"));
        break;
    case MemberStatus::Activist: {
        needTwo(r.contactOne, r.contactTwo, QT_TRANSLATE_NOOP("DevelopmentSteps", "The first contact"),
                QT_TRANSLATE_NOOP("DevelopmentSteps", "The second contact"));
        const QDate earliest = p.activistOn.isValid() ? yearsCompleted(p.activistOn, 1) : QDate();
        if (earliest.isValid() && day < earliest)
            missing << QCoreApplication::translate(
                           "DevelopmentSteps",
                           "An activist is observed for at least a year: candidate from %1 at the earliest.")
                           .arg(iso(earliest));
        const int owed = thoughtReportsDue(p.activistOn, day);
        const int received = thoughtReportsReceived(r, p.activistOn, day);
        if (received < owed)
            missing << QCoreApplication::translate("DevelopmentSteps", "Thought reports: %1 of %2 received.")
                           .arg(received)
                           .arg(owed);
        break;
    }
    case MemberStatus::Candidate:
        needDate(r.reviewedOn, QT_TRANSLATE_NOOP("DevelopmentSteps", "The political review"));
        needDate(r.trainedOn, QT_TRANSLATE_NOOP("DevelopmentSteps", "The training course"));
        if (r.trainedOn.isValid() && r.trainingHours < minimumTrainingHours)
            missing << QCoreApplication::translate(
                           "DevelopmentSteps",
                           "The training course: %1 class hours recorded, at least %2 needed.")
                           .arg(r.trainingHours)
                           .arg(minimumTrainingHours);
        needTwo(r.sponsorOne, r.sponsorTwo, QT_TRANSLATE_NOOP("DevelopmentSteps", "The first sponsor"),
                QT_TRANSLATE_NOOP("DevelopmentSteps", "The second sponsor"));
        needDocument(DevelopmentDocument::PoliticalReview);
        needDocument(DevelopmentDocument::TrainingCertificate);
        needDocument(DevelopmentDocument::MembershipForm);
        if (!p.birthDate.isValid())
            missing << QCoreApplication::translate(
                "DevelopmentSteps", "The birth date is missing: joining needs age 18 or over.");
        else if (ageOn(p.birthDate, day) < minimumAge)
            missing << QCoreApplication::translate("DevelopmentSteps",
                                                   "Joining needs age 18 or over: on %1 %2 is %3, 18 on %4.")
                           .arg(iso(day), p.name)
                           .arg(ageOn(p.birthDate, day))
                           .arg(iso(yearsCompleted(p.birthDate, minimumAge)));
        break;
    case MemberStatus::Probationary: {
        needDate(r.approvedOn, QT_TRANSLATE_NOOP("DevelopmentSteps", "The approval by the committee above"));
        const QDate ends = probationEnds(p, r);
        if (ends.isValid() && day < ends)
            missing << QCoreApplication::translate(
                           "DevelopmentSteps",
                           "The probation ends on %1: conversion from then at the earliest.")
                           .arg(iso(ends));
        needDocument(DevelopmentDocument::ConversionApplication);
        break;
    }
    case MemberStatus::Full:
        break;
    }
    return missing;
}

QList<DocumentCheck> documentChecklist(MemberStatus status, const DevelopmentRecord& record)
{
    QList<DevelopmentDocument> documents{DevelopmentDocument::Application};
    if (status >= MemberStatus::Activist)
        documents << DevelopmentDocument::ThoughtReport;
    if (status >= MemberStatus::Candidate)
        documents << DevelopmentDocument::PoliticalReview << DevelopmentDocument::TrainingCertificate
                  << DevelopmentDocument::MembershipForm;
    if (status >= MemberStatus::Probationary)
        documents << DevelopmentDocument::ConversionApplication;
    QList<DocumentCheck> checks;
    for (DevelopmentDocument d : documents)
        checks.append({d, record.received(d)});
    return checks;
}

QStringList recordProblems(const DevelopmentPerson& p, const DevelopmentRecord& r)
{
    QStringList problems;
    if (r.trainingHours < 0)
        problems << QCoreApplication::translate("DevelopmentSteps",
                                                "The class hours of the training cannot be negative.");
    if (r.talkedOn.isValid() && p.appliedOn.isValid() && r.talkedOn < p.appliedOn)
        problems << QCoreApplication::translate("DevelopmentSteps",
                                                "The talk (%1) comes before the application (%2).")
                        .arg(iso(r.talkedOn), iso(p.appliedOn));
    if (r.approvedOn.isValid() && p.joinedOn.isValid() && r.approvedOn < p.joinedOn)
        problems << QCoreApplication::translate("DevelopmentSteps",
                                                "The approval (%1) comes before the admission (%2).")
                        .arg(iso(r.approvedOn), iso(p.joinedOn));
    if (r.extendedTo.isValid()) {
        if (!p.joinedOn.isValid())
            problems << QCoreApplication::translate("DevelopmentSteps",
                                                    "A probation can only be extended after admission.");
        else if (r.extendedTo <= yearsCompleted(p.joinedOn, 1) ||
                 r.extendedTo > yearsCompleted(p.joinedOn, 2))
            problems
                << QCoreApplication::translate(
                       "DevelopmentSteps",
                       "A probation is extended by at most a year: to a day after %1 and at the latest %2.")
                       .arg(iso(yearsCompleted(p.joinedOn, 1)), iso(yearsCompleted(p.joinedOn, 2)));
    }
    return problems;
}

} // namespace partydesk::DevelopmentSteps
