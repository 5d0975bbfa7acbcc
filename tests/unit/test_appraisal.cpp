#include "appraisal/AppraisalReport.h"
#include "appraisal/AppraisalService.h"
#include "repository/SqlValues.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A street with one branch and people of every kind on it, written directly.
struct Branch
{
    explicit Branch(TempWorkspace& temp) : temp(temp), appraisal(temp.workspace())
    {
        Organisation street;
        street.name = QStringLiteral("评议街道党工委");
        street.type = OrgType::StreetCommittee;
        street.id = temp.workspace().organisationService().saveOrganisation(street).id;
        REQUIRE(street.id > 0);
        Organisation branch;
        branch.name = QStringLiteral("评议支部");
        branch.type = OrgType::Branch;
        branch.parentId = street.id;
        id = temp.workspace().organisationService().saveOrganisation(branch).id;
        REQUIRE(id > 0);
    }

    qint64 add(const QString& name, const char* category = "registered", const char* status = "full",
               QDate joined = QDate(2010, 7, 1), QDate left = QDate())
    {
        QSqlQuery q(temp.db());
        q.prepare(
            QStringLiteral("INSERT INTO member (name, sex, org_id, category, status, joined_on, left_on, "
                           "leave_kind) VALUES (?, 'F', ?, ?, ?, ?, ?, ?)"));
        bindValues(q, {name, id, QString::fromLatin1(category), QString::fromLatin1(status),
                       status == QByteArray("full") || status == QByteArray("probationary") ? sqlDate(joined)
                                                                                            : QVariant(),
                       sqlDate(left), left.isValid() ? QVariant(QStringLiteral("death")) : QVariant()});
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    }

    // `n` registered full members 成员1…成员n.
    QList<qint64> addMany(int n)
    {
        QList<qint64> ids;
        for (int i = 1; i <= n; ++i)
            ids << add(QStringLiteral("成员%1").arg(i));
        return ids;
    }

    AppraisalService& service() { return appraisal.service(); }

    ServiceResult grade(qint64 session, qint64 member, AppraisalGrade grade, const QString& handling = {})
    {
        AppraisalEntry e;
        e.memberId = member;
        e.grade = grade;
        e.handling = handling;
        return service().setEntry(session, e);
    }

    int appraisalEvents(qint64 member)
    {
        QSqlQuery q(temp.db());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM member_event WHERE member_id = ? AND kind = 'appraisal'"));
        bindValues(q, {member});
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    TempWorkspace& temp;
    Appraisal appraisal;
    qint64 id = 0;
};

const QDate held(2026, 11, 10);

} // namespace

TEST_CASE("The cap of Excellent is exact in integers at its boundaries", "[appraisal]")
{
    const AppraisalCap third{1, 3};
    CHECK(third.maxExcellent(9) == 3);
    CHECK(third.allows(3, 9));
    CHECK_FALSE(third.allows(4, 9));
    CHECK(third.maxExcellent(10) == 3); // 3.33…
    CHECK_FALSE(third.allows(4, 10));
    CHECK(third.maxExcellent(11) == 3); // 3.67…: never rounded up
    CHECK_FALSE(third.allows(4, 11));
    CHECK(third.allows(4, 12));
    CHECK(third.maxExcellent(2) == 0);
    CHECK_FALSE(third.allows(1, 2));

    const AppraisalCap fifth{20, 100};
    CHECK(fifth.maxExcellent(10) == 2);
    CHECK(fifth.allows(2, 10));
    CHECK_FALSE(fifth.allows(3, 10));
    CHECK(fifth.maxExcellent(14) == 2); // 2.8
    CHECK_FALSE(fifth.allows(3, 14));
    CHECK(fifth.maxExcellent(15) == 3);
    CHECK(fifth.allows(3, 15));
    CHECK(fifth.maxExcellent(4) == 0);

    CHECK(AppraisalCap::parse(QStringLiteral("1/3")) == third);
    CHECK(AppraisalCap::parse(QStringLiteral(" 20 / 100 ")) == fifth);
    CHECK(AppraisalCap::parse(QStringLiteral("0/5"))->maxExcellent(30) == 0);
    CHECK_FALSE(AppraisalCap::parse(QStringLiteral("4/3")));
    CHECK_FALSE(AppraisalCap::parse(QStringLiteral("1/0")));
    CHECK_FALSE(AppraisalCap::parse(QStringLiteral("33%")));
    CHECK_FALSE(AppraisalCap::parse(QStringLiteral("-1/3")));
}

TEST_CASE("The branch rates its Party members on the roster that day, floating-out ones too", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const qint64 full = b.add(QStringLiteral("正式"));
    const qint64 probationary =
        b.add(QStringLiteral("预备"), "registered", "probationary", QDate(2026, 3, 1));
    const qint64 floatingOut = b.add(QStringLiteral("流出"), "floating_out");
    const qint64 inService = b.add(QStringLiteral("在职"), "in_service");
    const qint64 floatingIn = b.add(QStringLiteral("流入"), "floating_in");
    const qint64 applicant = b.add(QStringLiteral("申请人"), "registered", "applicant");
    const qint64 candidate = b.add(QStringLiteral("发展对象"), "registered", "candidate");
    const qint64 joinedLater =
        b.add(QStringLiteral("后入党"), "registered", "probationary", QDate(2026, 11, 12));
    const qint64 leftBefore =
        b.add(QStringLiteral("已去世"), "registered", "full", QDate(1990, 1, 1), QDate(2026, 5, 1));
    const qint64 leftAfter =
        b.add(QStringLiteral("后离开"), "registered", "full", QDate(1990, 1, 1), QDate(2026, 11, 11));

    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    QSet<qint64> rated;
    for (const AppraisalRow& row : b.appraisal.repository().rows(opened.id))
        rated << row.entry.memberId;
    CHECK(rated == QSet<qint64>{full, probationary, floatingOut, leftAfter});
    for (qint64 no : {inService, floatingIn, applicant, candidate, joinedLater, leftBefore})
        CHECK_FALSE(rated.contains(no));
    const AppraisalSession session = *b.appraisal.repository().session(b.id, 2026);
    CHECK(session.cap == AppraisalCap{1, 3});
    CHECK(session.heldOn == held);

    // One session per branch and year; a committee does not hold one; the day belongs to the year.
    CHECK(b.service().openSession(b.id, 2026, held).kind == ServiceResult::Kind::Conflict);
    const qint64 street = temp.firstOrganisation(OrgType::StreetCommittee);
    CHECK(b.service().openSession(street, 2026, held).kind == ServiceResult::Kind::Invalid);
    CHECK(b.service().openSession(b.id, 2025, QDate(2027, 1, 10)).field == QStringLiteral("held_on"));
    CHECK(b.service().openSession(b.id, 2025, QDate(2026, 1, 10)).ok()); // early the next year

    // Moving the day to after the late member joined adds her, and drops the one who left by then.
    REQUIRE(b.service().updateSession(opened.id, QDate(2026, 11, 14), session.cap, QString()).ok());
    rated.clear();
    for (const AppraisalRow& row : b.appraisal.repository().rows(opened.id))
        rated << row.entry.memberId;
    CHECK(rated == QSet<qint64>{full, probationary, floatingOut, joinedLater});
}

TEST_CASE("At most the cap of those rated are Excellent: 3 of 9 at 1/3, the fourth refused", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(9);
    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(b.grade(opened.id, members[i], AppraisalGrade::Excellent).ok());
    const ServiceResult fourth = b.grade(opened.id, members[3], AppraisalGrade::Excellent);
    CHECK(fourth.kind == ServiceResult::Kind::Refused);
    CHECK(fourth.message.contains(QStringLiteral("3")));
    CHECK_FALSE(b.appraisal.repository().row(opened.id, members[3])->entry.grade.has_value());
    // Re-grading one of the three as Excellent again is not a fourth.
    AppraisalEntry again;
    again.memberId = members[0];
    again.grade = AppraisalGrade::Excellent;
    again.note = QStringLiteral("带头参加志愿服务");
    CHECK(b.service().setEntry(opened.id, again).ok());
    // A narrower cap that the grades already exceed is refused: 20/100 of 9 is 1.
    const AppraisalSession s = *b.appraisal.repository().sessionById(opened.id);
    const ServiceResult narrower = b.service().updateSession(opened.id, s.heldOn, {20, 100}, QString());
    CHECK(narrower.field == QStringLiteral("cap"));
    CHECK(b.appraisal.repository().sessionById(opened.id)->cap == AppraisalCap{1, 3});
    // One fewer Excellent: the fourth now fits.
    REQUIRE(b.grade(opened.id, members[2], AppraisalGrade::Qualified).ok());
    CHECK(b.grade(opened.id, members[3], AppraisalGrade::Excellent).ok());
}

TEST_CASE("A cap of 20/100 from the workspace setting: 2 of 10 allowed, the third refused", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(10);
    CHECK(b.service().defaultCap() == AppraisalCap{1, 3});
    REQUIRE(b.service().setDefaultCap({20, 100}).ok());
    CHECK(b.appraisal.repository().setting(QStringLiteral("appraisal.excellent_cap")) ==
          QStringLiteral("20/100"));
    CHECK(b.service().setDefaultCap({3, 2}).field == QStringLiteral("cap"));
    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    CHECK(b.appraisal.repository().sessionById(opened.id)->cap == AppraisalCap{20, 100});
    REQUIRE(b.grade(opened.id, members[0], AppraisalGrade::Excellent).ok());
    REQUIRE(b.grade(opened.id, members[1], AppraisalGrade::Excellent).ok());
    CHECK(b.grade(opened.id, members[2], AppraisalGrade::Excellent).kind == ServiceResult::Kind::Refused);
    // A session may carry its own cap.
    const ServiceResult other = b.service().openSession(b.id, 2025, QDate(2025, 12, 20), AppraisalCap{1, 2});
    REQUIRE(other.ok());
    CHECK(b.appraisal.repository().sessionById(other.id)->cap == AppraisalCap{1, 2});
}

TEST_CASE("Unqualified needs a handling note, and votes stay within who voted", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(4);
    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    const ServiceResult bare =
        b.grade(opened.id, members[0], AppraisalGrade::Unqualified, QStringLiteral("  "));
    CHECK(bare.kind == ServiceResult::Kind::Invalid);
    CHECK(bare.field == QStringLiteral("handling"));
    CHECK_FALSE(b.appraisal.repository().row(opened.id, members[0])->entry.grade.has_value());
    CHECK(
        b.grade(opened.id, members[0], AppraisalGrade::Unqualified, QStringLiteral("限期改正，三个月后复评"))
            .ok());

    AppraisalEntry e;
    e.memberId = members[1];
    e.grade = AppraisalGrade::Qualified;
    e.selfGrade = AppraisalGrade::Excellent;
    e.mutual = {true, {1, 3, 0, 0}}; // 4 rated, 4 votes
    e.masses = {true, {12, 30, 2, 0}};
    REQUIRE(b.service().setEntry(opened.id, e).ok());
    const AppraisalEntry stored = b.appraisal.repository().row(opened.id, members[1])->entry;
    CHECK(stored.selfGrade == AppraisalGrade::Excellent);
    CHECK(stored.mutual.counts == GradeCounts{1, 3, 0, 0});
    CHECK(stored.masses.counts == GradeCounts{12, 30, 2, 0});
    CHECK(stored.masses.kept);

    e.mutual = {true, {2, 3, 0, 0}}; // 5 votes from 4 members
    CHECK(b.service().setEntry(opened.id, e).field == QStringLiteral("mutual"));
    e.mutual = {true, {1, 3, 0, 0}};
    e.masses = {true, {0, -1, 0, 0}};
    CHECK(b.service().setEntry(opened.id, e).field == QStringLiteral("masses"));
    e.masses = {};
    REQUIRE(b.service().setEntry(opened.id, e).ok());
    CHECK_FALSE(b.appraisal.repository().row(opened.id, members[1])->entry.masses.kept);
}

TEST_CASE("Finishing writes each result into the member's history on the day held; reopening removes it",
          "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(3);
    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    REQUIRE(b.grade(opened.id, members[0], AppraisalGrade::Excellent).ok());
    REQUIRE(b.grade(opened.id, members[1], AppraisalGrade::Unqualified, QStringLiteral("批评教育，限期改正"))
                .ok());

    const ServiceResult early = b.service().finish(opened.id);
    CHECK(early.kind == ServiceResult::Kind::Refused);
    CHECK(early.message.contains(QStringLiteral("成员3")));
    REQUIRE(b.grade(opened.id, members[2], AppraisalGrade::BasicallyQualified).ok());
    const int auditBefore = temp.workspace().audit().count(QStringLiteral("appraisal.finish"));
    REQUIRE(b.service().finish(opened.id).ok());
    CHECK(temp.workspace().audit().count(QStringLiteral("appraisal.finish")) == auditBefore + 1);
    CHECK(b.appraisal.repository().sessionById(opened.id)->finishedOn == temp.clock().today());

    QList<MemberEvent> events;
    for (const MemberEvent& e : temp.workspace().members().events(members[1]))
        if (e.kind == QLatin1String("appraisal"))
            events << e;
    REQUIRE(events.size() == 1);
    CHECK(events.first().date == held);
    CHECK(events.first().toValue == QStringLiteral("unqualified"));
    CHECK(events.first().reason == QStringLiteral("批评教育，限期改正"));
    CHECK(b.appraisalEvents(members[0]) == 1);
    CHECK(b.appraisalEvents(members[2]) == 1);

    // Finished: final until reopened with a reason.
    CHECK(b.grade(opened.id, members[2], AppraisalGrade::Qualified).kind == ServiceResult::Kind::Refused);
    CHECK(b.service().reopen(opened.id, QStringLiteral(" ")).field == QStringLiteral("reason"));
    REQUIRE(b.service().reopen(opened.id, QStringLiteral("复核投票结果")).ok());
    CHECK_FALSE(b.appraisal.repository().sessionById(opened.id)->finished());
    for (qint64 m : members)
        CHECK(b.appraisalEvents(m) == 0);
    CHECK(b.grade(opened.id, members[2], AppraisalGrade::Qualified).ok());
    REQUIRE(b.service().finish(opened.id).ok());
    CHECK(b.appraisalEvents(members[2]) == 1);
}

TEST_CASE("An appraisal held on a later day cannot be finished before it", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(1);
    const ServiceResult opened = b.service().openSession(b.id, 2026, QDate(2026, 12, 20));
    REQUIRE(opened.ok());
    REQUIRE(b.grade(opened.id, members[0], AppraisalGrade::Qualified).ok());
    CHECK(b.service().finish(opened.id).kind == ServiceResult::Kind::Refused);
    temp.clock().setToday(QDate(2026, 12, 20));
    CHECK(b.service().finish(opened.id).ok());
}

TEST_CASE("A read-only workspace refuses every appraisal write", "[appraisal]")
{
    TempWorkspace temp;
    Branch b(temp);
    const QList<qint64> members = b.addMany(2);
    const ServiceResult opened = b.service().openSession(b.id, 2026, held);
    REQUIRE(opened.ok());
    temp.workspace().writeGate().setReadOnly(QStringLiteral("opened read-only"));
    CHECK(b.service().openSession(b.id, 2025, QDate(2025, 12, 1)).kind == ServiceResult::Kind::Refused);
    CHECK(b.grade(opened.id, members[0], AppraisalGrade::Qualified).kind == ServiceResult::Kind::Refused);
    CHECK(b.service().finish(opened.id).kind == ServiceResult::Kind::Refused);
    CHECK(b.service().setDefaultCap({1, 4}).kind == ServiceResult::Kind::Refused);
    CHECK_FALSE(b.appraisal.repository().row(opened.id, members[0])->entry.grade.has_value());
    CHECK_FALSE(b.appraisal.repository().session(b.id, 2025));
}

TEST_CASE("The result table counts each grade with its share of those rated", "[appraisal]")
{
    GradeCounts counts{3, 5, 1, 0};
    CHECK(appraisalCountLine(counts, 9) ==
          QStringLiteral("Excellent 3 (33.3 %), Qualified 5 (55.6 %), Basically qualified 1 (11.1 %), "
                         "Unqualified 0 (0.0 %)"));
    AppraisalSession s;
    s.year = 2026;
    s.heldOn = held;
    AppraisalRow row;
    row.name = QStringLiteral("张三");
    row.entry.grade = AppraisalGrade::Unqualified;
    row.entry.handling = QStringLiteral("限期改正");
    row.entry.mutual = {true, {0, 1, 2, 3}};
    const TableReport t = appraisalResultTable(s, {row}, QStringLiteral("评议支部"));
    REQUIRE(t.rowCount == 1);
    REQUIRE(t.columns.size() == 15);
    CHECK(t.cell(0, 1).toString() == QStringLiteral("张三"));
    CHECK(t.cell(0, 6).toInt() == 1);     // mutual votes for Qualified
    CHECK_FALSE(t.cell(0, 10).isValid()); // no masses' votes kept
    CHECK(t.cell(0, 13).toString() == QStringLiteral("Unqualified"));
    CHECK(t.cell(0, 14).toString() == QStringLiteral("限期改正"));
    CHECK(t.subtitle.contains(QStringLiteral("Unqualified 1 (100.0 %)")));
}

TEST_CASE("The demo community finished last year's appraisal everywhere and is grading this year's",
          "[appraisal][demo]")
{
    TempWorkspace temp(true);
    AppraisalRepository repository(temp.db());
    const QHash<qint64, AppraisalSummary> last = repository.summaries(2025);
    REQUIRE(last.size() >= 8);
    GradeCounts total{};
    int rated = 0;
    for (const AppraisalSummary& s : last) {
        CHECK(s.finishedOn.isValid());
        CHECK(s.unrated() == 0);
        CHECK(AppraisalCap{1, 3}.allows(s.counts[0], s.rated));
        for (int i = 0; i < appraisalGradeCount; ++i)
            total[i] += s.counts[i];
        rated += s.rated;
    }
    CHECK(total[2] == 1);
    CHECK(total[3] == 1);
    CHECK(total[1] > rated / 2);
    CHECK(total[0] * 5 > rated);
    int withVotes = 0;
    for (const AppraisalSummary& s : last)
        for (const AppraisalRow& row : repository.rows(s.sessionId)) {
            if (row.entry.grade == AppraisalGrade::Unqualified)
                CHECK_FALSE(row.entry.handling.isEmpty());
            withVotes += row.entry.mutual.kept ? 1 : 0;
        }
    CHECK(withVotes > 5);
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM member_event WHERE kind = 'appraisal'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == rated);

    const QHash<qint64, AppraisalSummary> now = repository.summaries(2026);
    REQUIRE(now.size() == 1);
    const AppraisalSummary open = now.cbegin().value();
    CHECK_FALSE(open.finishedOn.isValid());
    CHECK(open.unrated() > 0);
    CHECK(open.unrated() < open.rated);
}
