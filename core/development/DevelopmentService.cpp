#include "DevelopmentService.h"

#include "domain/Clock.h"
#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"
#include "repository/SqlTransaction.h"
#include "service/MemberService.h"
#include "service/WriteRefusal.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

const char* const auditFailed = "audit_log: could not record the change";

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QList<FieldChange> recordChanges(const DevelopmentRecord& a, const DevelopmentRecord& b)
{
    QList<FieldChange> changes;
    const auto text = [&](const char* field, const QString& x, const QString& y) {
        if (x.trimmed() != y.trimmed())
            changes.append({QString::fromLatin1(field), x.trimmed(), y.trimmed()});
    };
    const auto date = [&](const char* field, QDate x, QDate y) {
        if (x != y)
            changes.append({QString::fromLatin1(field), iso(x), iso(y)});
    };
    date("talked_on", a.talkedOn, b.talkedOn);
    text("contact_one", a.contactOne, b.contactOne);
    text("contact_two", a.contactTwo, b.contactTwo);
    date("reviewed_on", a.reviewedOn, b.reviewedOn);
    date("trained_on", a.trainedOn, b.trainedOn);
    if (a.trainingHours != b.trainingHours)
        changes.append({QStringLiteral("training_hours"), QString::number(a.trainingHours),
                        QString::number(b.trainingHours)});
    text("sponsor_one", a.sponsorOne, b.sponsorOne);
    text("sponsor_two", a.sponsorTwo, b.sponsorTwo);
    date("approved_on", a.approvedOn, b.approvedOn);
    date("oath_on", a.oathOn, b.oathOn);
    date("extended_to", a.extendedTo, b.extendedTo);
    text("notes", a.notes, b.notes);
    for (DevelopmentDocument d : allDocuments()) {
        const auto list = [](const QList<QDate>& dates) {
            QStringList s;
            for (QDate x : dates)
                s << iso(x);
            return s.join(QLatin1Char(','));
        };
        const QString before = list(a.received(d));
        const QString after = list(b.received(d));
        if (before != after)
            changes.append({QStringLiteral("document.") + documentCode(d), before, after});
    }
    return changes;
}

// Dates `member`'s arrival at `stage` on `on`; the name of the date's column for the audit entry.
const char* setStageDate(Member& member, MemberStatus stage, QDate on)
{
    struct StageDate
    {
        MemberStatus stage;
        QDate Member::*date;
        const char* column;
    };
    static const StageDate stageDates[] = {{MemberStatus::Activist, &Member::activistOn, "activist_on"},
                                           {MemberStatus::Candidate, &Member::candidateOn, "candidate_on"},
                                           {MemberStatus::Probationary, &Member::joinedOn, "joined_on"},
                                           {MemberStatus::Full, &Member::fullOn, "full_on"}};
    for (const StageDate& s : stageDates) {
        if (s.stage == stage) {
            member.*s.date = on;
            return s.column;
        }
    }
    return ""; // an applicant has no such date
}

// The audit entry of a write, inside its transaction: the error that rolls it back, or none.
QString audited(AuditLog& audit, const QString& action, const QString& subject,
                const QList<FieldChange>& changes)
{
    return audit.recordChange(action, subject, changes) ? QString() : QString::fromLatin1(auditFailed);
}

} // namespace

DevelopmentService::DevelopmentService(QSqlDatabase db, MemberRepository& members,
                                       MemberService& memberService, AuditLog& audit, const Clock& clock,
                                       const WriteGate& gate)
    : m_repository(std::move(db)), m_members(members), m_memberService(memberService), m_audit(audit),
      m_clock(clock), m_gate(gate)
{
}

std::optional<ServiceResult> DevelopmentService::checkWrite(qint64 memberId, DevelopmentPerson* person) const
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    *person = m_repository.person(memberId);
    if (person->id == 0)
        return ServiceResult::conflict(
            QCoreApplication::translate("DevelopmentService", "The member no longer exists."));
    return std::nullopt;
}

QStringList DevelopmentService::recordDateProblems(const DevelopmentRecord& r) const
{
    QStringList problems;
    const QDate today = m_clock.today();
    for (QDate d : {r.talkedOn, r.reviewedOn, r.trainedOn, r.approvedOn, r.oathOn})
        if (d.isValid() && d > today)
            problems << QCoreApplication::translate("DevelopmentService", "%1 is in the future.").arg(iso(d));
    for (const ReceivedDocument& d : r.documents) {
        if (!d.receivedOn.isValid())
            problems << QCoreApplication::translate("DevelopmentService", "Enter the date %1 was received.")
                            .arg(documentLabel(d.document));
        else if (d.receivedOn > today)
            problems << QCoreApplication::translate("DevelopmentService", "%1 is dated %2, in the future.")
                            .arg(documentLabel(d.document), iso(d.receivedOn));
    }
    problems << DevelopmentSteps::recordProblems(m_repository.person(r.memberId), r);
    problems.removeDuplicates();
    return problems;
}

ServiceResult DevelopmentService::saveRecord(const DevelopmentRecord& record)
{
    DevelopmentPerson person;
    if (const auto problem = checkWrite(record.memberId, &person))
        return *problem;
    if (const QStringList problems = recordDateProblems(record); !problems.isEmpty())
        return ServiceResult::invalid(problems.join(QLatin1Char(' ')), QStringLiteral("record"));
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = record.memberId;
        const DevelopmentRecord before = m_repository.record(record.memberId);
        if (QString e = m_repository.writeRecord(record); !e.isEmpty())
            return e;
        const QList<FieldChange> changes = recordChanges(before, m_repository.record(record.memberId));
        if (changes.isEmpty())
            return {};
        return audited(m_audit, QStringLiteral("development.update"),
                       QStringLiteral("member %1 %2").arg(person.id).arg(person.name), changes);
    });
    return ServiceResult::fromWrite(written);
}

ServiceResult DevelopmentService::advance(const DevelopmentRecord& record, QDate on)
{
    DevelopmentPerson person;
    if (const auto problem = checkWrite(record.memberId, &person))
        return *problem;
    const std::optional<MemberStatus> next = DevelopmentSteps::nextStage(person.status);
    // A refusal names the person, the stage, the date and why (said only when there is a next stage).
    const auto cannotBecome = [&](const QString& why) {
        return QCoreApplication::translate("DevelopmentService", "%1 cannot become %2 on %3: %4")
            .arg(person.name, DevelopmentSteps::stageLabel(*next), iso(on), why);
    };
    QStringList missing = recordDateProblems(record);
    missing << DevelopmentSteps::missingForNext(person, record, on);
    if (on.isValid() && on > m_clock.today())
        missing << QCoreApplication::translate("DevelopmentService", "The date %1 is in the future.")
                       .arg(iso(on));
    if (!missing.isEmpty()) {
        FieldErrors errors;
        for (const QString& m : missing)
            errors.append({QStringLiteral("advance"), m});
        ServiceResult refused = ServiceResult::invalid(errors);
        refused.message =
            next ? cannotBecome(missing.join(QLatin1Char(' '))) : missing.join(QLatin1Char(' '));
        return refused;
    }
    Member member = m_members.get(person.id);
    member.status = *next;
    const char* dateField = setStageDate(member, *next, on);
    ServiceResult memberResult;
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = person.id;
        if (QString e = m_repository.writeRecord(record); !e.isEmpty())
            return e;
        memberResult = m_memberService.save(member, on); // a savepoint inside this transaction
        if (!memberResult.ok())
            return QStringLiteral("refused");
        return audited(m_audit, QStringLiteral("development.advance"),
                       QStringLiteral("member %1 %2").arg(person.id).arg(person.name),
                       {{QStringLiteral("status"), enumCode(person.status), enumCode(*next)},
                        {QString::fromLatin1(dateField), QString(), iso(on)}});
    });
    if (!memberResult.ok()) {
        ServiceResult refused = memberResult;
        refused.message = cannotBecome(memberResult.message);
        return refused;
    }
    return ServiceResult::fromWrite(written);
}

ServiceResult DevelopmentService::savePlan(const DevelopmentPlan& plan)
{
    if (const QString why = writeRefusal(m_gate, m_audit.session(), Permission::EditMembers); !why.isEmpty())
        return ServiceResult::refused(why);
    if (plan.orgId <= 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("DevelopmentService", "Choose the organisation the plan is for."),
            QStringLiteral("org"));
    if (plan.planned < 0 || plan.young < 0 || plan.women < 0)
        return ServiceResult::invalid(
            QCoreApplication::translate("DevelopmentService", "The numbers of a plan cannot be negative."),
            QStringLiteral("planned"));
    if (plan.young > plan.planned || plan.women > plan.planned)
        return ServiceResult::invalid(
            QCoreApplication::translate("DevelopmentService",
                                        "The young people and the women planned are part of the %1 planned.")
                .arg(plan.planned),
            QStringLiteral("planned"));
    QSqlDatabase db = m_repository.database();
    const WriteResult written = inTransaction(db, [&](qint64* id) -> QString {
        *id = plan.orgId;
        if (QString e = m_repository.writePlan(plan); !e.isEmpty())
            return e;
        return audited(m_audit, QStringLiteral("development.plan"),
                       QStringLiteral("organisation %1 year %2").arg(plan.orgId).arg(plan.year),
                       {{QStringLiteral("planned"), QString(), QString::number(plan.planned)},
                        {QStringLiteral("young"), QString(), QString::number(plan.young)},
                        {QStringLiteral("women"), QString(), QString::number(plan.women)}});
    });
    return ServiceResult::fromWrite(written);
}

DevelopmentService developmentService(Workspace& workspace)
{
    return DevelopmentService(workspace.database(), workspace.members(), workspace.memberService(),
                              workspace.audit(), workspace.clock(), workspace.writeGate());
}

} // namespace partydesk
