#include "DevelopmentRecord.h"

#include <algorithm>
#include <QCoreApplication>

namespace partydesk {

namespace {

struct DocumentInfo
{
    DevelopmentDocument document;
    const char* code;
    const char* label;
};

const DocumentInfo documentInfos[] = {
    {DevelopmentDocument::Application, "application",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Letter of application")},
    {DevelopmentDocument::ThoughtReport, "thought_report",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Thought report")},
    {DevelopmentDocument::PoliticalReview, "political_review",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Political review materials")},
    {DevelopmentDocument::TrainingCertificate, "training_certificate",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Training certificate")},
    {DevelopmentDocument::MembershipForm, "membership_form",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Party membership application form")},
    {DevelopmentDocument::ConversionApplication, "conversion_application",
     QT_TRANSLATE_NOOP("DevelopmentDocument", "Application for full membership")},
};

} // namespace

QString documentCode(DevelopmentDocument document)
{
    for (const DocumentInfo& info : documentInfos)
        if (info.document == document)
            return QString::fromLatin1(info.code);
    return {};
}

bool documentFromCode(const QString& code, DevelopmentDocument* document)
{
    for (const DocumentInfo& info : documentInfos)
        if (code == QLatin1String(info.code)) {
            *document = info.document;
            return true;
        }
    return false;
}

QString documentLabel(DevelopmentDocument document)
{
    for (const DocumentInfo& info : documentInfos)
        if (info.document == document)
            return QCoreApplication::translate("DevelopmentDocument", info.label);
    return {};
}

QList<DevelopmentDocument> allDocuments()
{
    QList<DevelopmentDocument> all;
    for (const DocumentInfo& info : documentInfos)
        all.append(info.document);
    return all;
}

bool DevelopmentRecord::has(DevelopmentDocument document) const
{
    return std::any_of(documents.cbegin(), documents.cend(),
                       [document](const ReceivedDocument& d) { return d.document == document; });
}

QList<QDate> DevelopmentRecord::received(DevelopmentDocument document) const
{
    QList<QDate> dates;
    for (const ReceivedDocument& d : documents)
        if (d.document == document)
            dates.append(d.receivedOn);
    std::sort(dates.begin(), dates.end());
    return dates;
}

QDate DevelopmentPerson::since() const
{
    switch (status) {
    case MemberStatus::Applicant:
        return appliedOn;
    case MemberStatus::Activist:
        return activistOn;
    case MemberStatus::Candidate:
        return candidateOn;
    case MemberStatus::Probationary:
        return joinedOn;
    case MemberStatus::Full:
        return fullOn;
    }
    return {};
}

} // namespace partydesk
