// Saving development records, advancing people through the rules, and the yearly plan.
#include "development/DevelopmentService.h"
#include "development/ProbationDue.h"
#include "domain/IdNumber.h"
#include "SecurityTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

QString idNumberFor(QDate birth, Sex sex, int serial = 1)
{
    QString id = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                 QStringLiteral("%1").arg(serial * 10 + (sex == Sex::Male ? 1 : 2), 3, 10, QLatin1Char('0'));
    return id + IdNumber::checkCharacter(id);
}

Member candidate(qint64 branch)
{
    Member m;
    m.name = QStringLiteral("陈晓");
    m.sex = Sex::Female;
    m.ethnicity = QStringLiteral("汉族");
    m.birthDate = QDate(1995, 4, 2);
    m.idNumber = idNumberFor(m.birthDate, m.sex);
    m.orgId = branch;
    m.status = MemberStatus::Candidate;
    m.appliedOn = QDate(2024, 2, 1);
    m.activistOn = QDate(2024, 4, 1);
    m.candidateOn = QDate(2025, 5, 1);
    return m;
}

// The candidate 陈晓 in a new branch under a new street committee; her member id.
qint64 addCandidate(Workspace& ws)
{
    const ServiceResult added = ws.memberService().save(candidate(addStreetWithBranch(ws)));
    INFO(added.message.toStdString());
    REQUIRE(added.ok());
    return added.id;
}

// What most tests here start from: a workspace with the candidate and the service.
struct CandidateFixture
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 memberId = addCandidate(ws);
    DevelopmentService service = developmentService(ws);
};

DevelopmentRecord readyRecord(qint64 memberId)
{
    DevelopmentRecord r;
    r.memberId = memberId;
    r.reviewedOn = QDate(2025, 8, 1);
    r.trainedOn = QDate(2025, 9, 1);
    r.trainingHours = 32;
    r.sponsorOne = QStringLiteral("王芳");
    r.sponsorTwo = QStringLiteral("赵强");
    for (DevelopmentDocument d :
         {DevelopmentDocument::PoliticalReview, DevelopmentDocument::TrainingCertificate,
          DevelopmentDocument::MembershipForm})
        r.documents.append({d, QDate(2025, 9, 15), {}});
    return r;
}

} // namespace

TEST_CASE_METHOD(CandidateFixture,
                 "Advancing a candidate with a sponsor missing is refused by name, and nothing is written",
                 "[development]")
{
    DevelopmentRecord record = readyRecord(memberId);
    record.sponsorTwo.clear();
    record.notes = QStringLiteral("待定");
    const int audits = ws.audit().count(QStringLiteral("development.advance"));

    const ServiceResult refused = service.advance(record, QDate(2026, 11, 1));
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("second sponsor")));
    CHECK(refused.message.contains(QStringLiteral("陈晓")));
    CHECK(ws.members().get(memberId).status == MemberStatus::Candidate);
    CHECK(service.repository().record(memberId).notes.isEmpty()); // the record was not saved either
    CHECK(ws.audit().count(QStringLiteral("development.advance")) == audits);

    // A date in the future is refused as well.
    record.sponsorTwo = QStringLiteral("赵强");
    CHECK(service.advance(record, QDate(2026, 11, 16)).message.contains(QStringLiteral("2026-11-16")));
}

TEST_CASE_METHOD(CandidateFixture,
                 "Advancing a candidate admits them on the date: status, joining date, dated history, audit",
                 "[development]")
{
    const ServiceResult advanced = service.advance(readyRecord(memberId), QDate(2026, 10, 20));
    INFO(advanced.message.toStdString());
    REQUIRE(advanced.ok());
    const Member member = ws.members().get(memberId);
    CHECK(member.status == MemberStatus::Probationary);
    CHECK(member.joinedOn == QDate(2026, 10, 20));
    bool dated = false;
    for (const MemberEvent& e : ws.members().events(memberId))
        if (e.kind == QStringLiteral("status_change") && e.toValue == QStringLiteral("probationary"))
            dated = e.date == QDate(2026, 10, 20) && e.fromValue == QStringLiteral("candidate");
    CHECK(dated);
    const QList<AuditEntry> entries =
        ws.audit().entries({{}, QStringLiteral("development.advance"), {}, {}, 0});
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].detail.contains(QStringLiteral("joined_on")));
    CHECK(entries[0].detail.contains(QStringLiteral("2026-10-20")));
    CHECK(service.repository().record(memberId).sponsorTwo == QStringLiteral("赵强"));

    // Probationary now: approval, the conversion application and a year are needed.
    const ServiceResult early = service.advance(service.repository().record(memberId), QDate(2026, 11, 15));
    CHECK(early.message.contains(QStringLiteral("2027-10-20")));
    CHECK(early.message.contains(documentLabel(DevelopmentDocument::ConversionApplication)));
}

TEST_CASE_METHOD(CandidateFixture, "A refusal of the member's own rules rolls the record back",
                 "[development]")
{
    // A phone number saved by an older version that the member's rules now refuse.
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE member SET phone = '12345' WHERE id = %1").arg(memberId)));
    DevelopmentRecord record = readyRecord(memberId);
    record.notes = QStringLiteral("先保存的备注");
    const ServiceResult refused = service.advance(record, QDate(2026, 10, 20));
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("12345")));
    CHECK(service.repository().record(memberId).notes.isEmpty());
    CHECK(ws.members().get(memberId).status == MemberStatus::Candidate);
}

TEST_CASE_METHOD(CandidateFixture,
                 "A saved record keeps its documents with dates and is audited; bad dates are refused",
                 "[development]")
{
    DevelopmentRecord record = readyRecord(memberId);
    record.documents.append({DevelopmentDocument::ThoughtReport, QDate(2024, 7, 1), {}});
    record.documents.append({DevelopmentDocument::ThoughtReport, QDate(2024, 10, 1), {}});
    REQUIRE(service.saveRecord(record).ok());
    const DevelopmentRecord saved = service.repository().record(memberId);
    CHECK(saved.received(DevelopmentDocument::ThoughtReport) ==
          QList<QDate>{QDate(2024, 7, 1), QDate(2024, 10, 1)});
    CHECK(saved.trainingHours == 32);
    CHECK(ws.audit().count(QStringLiteral("development.update")) == 1);
    // Unticking a document removes it.
    record.documents.removeLast();
    REQUIRE(service.saveRecord(record).ok());
    CHECK(service.repository().record(memberId).received(DevelopmentDocument::ThoughtReport).size() == 1);
    CHECK(ws.audit().count(QStringLiteral("development.update")) == 2);

    record.oathOn = QDate(2026, 12, 1); // after today (2026-11-15)
    const ServiceResult future = service.saveRecord(record);
    CHECK_FALSE(future.ok());
    CHECK(future.message.contains(QStringLiteral("2026-12-01")));
}

TEST_CASE("The yearly plan against the people admitted in the year under the organisation", "[development]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    const qint64 street = ws.organisations().get(branch).parentId;
    DevelopmentService service = developmentService(ws);
    REQUIRE(service.savePlan({street, 2026, 3, 2, 1, {}}).ok());
    CHECK_FALSE(service.savePlan({street, 2026, 3, 4, 1, {}}).ok()); // more young than planned

    const auto admit = [&](const QString& name, Sex sex, QDate birth, QDate joined, int serial) {
        Member m = candidate(branch);
        m.name = name;
        m.sex = sex;
        m.birthDate = birth;
        m.idNumber = idNumberFor(birth, sex, serial);
        m.status = MemberStatus::Probationary;
        m.joinedOn = joined;
        const ServiceResult r = ws.memberService().save(m);
        INFO(r.message.toStdString());
        REQUIRE(r.ok());
    };
    admit(QStringLiteral("甲"), Sex::Female, QDate(1991, 6, 1), QDate(2026, 5, 31), 1);  // 34: young
    admit(QStringLiteral("乙"), Sex::Male, QDate(1991, 6, 1), QDate(2026, 6, 1), 2);     // 35 that day
    admit(QStringLiteral("丙"), Sex::Female, QDate(1980, 1, 1), QDate(2025, 12, 31), 3); // last year
    admit(QStringLiteral("丁"), Sex::Male, QDate(2000, 1, 1), QDate(2026, 1, 1), 4);     // young

    const std::optional<DevelopmentPlan> plan = service.repository().plan(street, 2026);
    REQUIRE(plan);
    CHECK(plan->planned == 3);
    const PlanAchieved achieved = service.repository().achieved(street, 2026);
    CHECK(achieved.admitted == 3);
    CHECK(achieved.young == 2);
    CHECK(achieved.women == 1);
    CHECK(service.repository().achieved(branch, 2025).admitted == 1);
    CHECK(ws.audit().count(QStringLiteral("development.plan")) == 1);
}

TEST_CASE("The community demo has people in every stage of the pipeline and something in every list",
          "[development][demo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const QDate today = temp.clock().today();
    DevelopmentService service = developmentService(ws);
    const QList<PipelineEntry> pipeline = service.repository().pipeline(0);
    QSet<MemberStatus> stages;
    int talkOverdue = 0, readyForCandidate = 0, missingSponsor = 0, reportsOverdue = 0;
    for (const PipelineEntry& e : pipeline) {
        stages.insert(e.person.status);
        INFO(e.person.name.toStdString());
        CHECK(DevelopmentSteps::recordProblems(e.person, e.record).isEmpty());
        for (const StepItem& item : DevelopmentSteps::items(e.person, e.record, today)) {
            talkOverdue += item.key == QStringLiteral("talk") && item.overdue(today);
            reportsOverdue += item.key == QStringLiteral("thought_report") && item.overdue(today);
        }
        const QStringList missing = DevelopmentSteps::missingForNext(e.person, e.record, today);
        readyForCandidate += e.person.status == MemberStatus::Activist && missing.isEmpty();
        missingSponsor += e.person.status == MemberStatus::Candidate &&
                          missing.join(QLatin1Char(' ')).contains(QStringLiteral("second sponsor"));
    }
    CHECK(stages.size() == 4);
    CHECK(talkOverdue == 1);
    CHECK(reportsOverdue == 1);
    CHECK(readyForCandidate == 1);
    CHECK(missingSponsor == 1);

    const QList<ProbationDue> probations = probationsDue(pipeline, today);
    CHECK(std::any_of(probations.cbegin(), probations.cend(),
                      [](const ProbationDue& d) { return d.overdue(); }));
    CHECK(std::any_of(probations.cbegin(), probations.cend(),
                      [](const ProbationDue& d) { return !d.overdue(); }));

    qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    if (community == 0)
        community = temp.firstOrganisation(OrgType::CommunityCommittee);
    const std::optional<DevelopmentPlan> plan = service.repository().plan(community, today.year());
    REQUIRE(plan);
    CHECK(plan->planned > 0);
    CHECK(service.repository().achieved(community, today.year()).admitted > 0);
}
