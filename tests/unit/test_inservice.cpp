#include "cogovernance/CommitteeScope.h"
#include "cogovernance/InServiceLetter.h"
#include "cogovernance/InServiceQueries.h"
#include "cogovernance/InServiceService.h"
#include "ExternalReaders.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// The demo community with three of its in-service members who reported, cleared of posts and service.
struct Community
{
    TempWorkspace ws{true};
    InServiceService service{ws.workspace()};
    qint64 committee = 0;
    QList<qint64> members;

    Community()
    {
        QSqlQuery q(ws.db());
        REQUIRE(
            q.exec(QStringLiteral("SELECT id FROM member WHERE category = 'in_service' AND left_on IS NULL "
                                  "AND reported_on IS NOT NULL AND reported_on < '2026-01-01' "
                                  "AND status = 'full' ORDER BY id LIMIT 4")));
        while (q.next())
            members << q.value(0).toLongLong();
        REQUIRE(members.size() == 4);
        committee =
            committeeOf(ws.workspace().organisations().all(), ws.workspace().members().get(members[0]).orgId);
        REQUIRE(committee > 0);
        for (qint64 id : members) {
            REQUIRE(committeeOf(ws.workspace().organisations().all(),
                                ws.workspace().members().get(id).orgId) == committee);
            for (const char* sql : {"DELETE FROM service_record WHERE member_id = %1",
                                    "DELETE FROM service_claim WHERE member_id = %1",
                                    "UPDATE member SET service_post = '' WHERE id = %1"})
                REQUIRE(q.exec(QString::fromLatin1(sql).arg(id)));
        }
    }

    qint64 post(const QString& name, int capacity)
    {
        ServicePost p;
        p.committeeId = committee;
        p.name = name;
        p.capacity = capacity;
        const ServiceResult r = service.savePost(p);
        REQUIRE(r.ok());
        return r.id;
    }

    QString servicePostOf(qint64 member) { return ws.workspace().members().get(member).servicePost; }
};

} // namespace

TEST_CASE("A post of two places held by two refuses a third; a release frees a place from its day",
          "[inservice]")
{
    Community c;
    const qint64 post = c.post(QStringLiteral("测试楼栋长岗"), 2);
    const QDate day(2026, 3, 1);
    REQUIRE(c.service.claim(c.members[0], post, day).ok());
    const ServiceResult second = c.service.claim(c.members[1], post, day.addDays(10));
    REQUIRE(second.ok());
    const ServiceResult third = c.service.claim(c.members[2], post, day.addDays(20));
    CHECK(third.kind == ServiceResult::Kind::Refused);
    CHECK(third.message.contains(QStringLiteral("测试楼栋长岗")));
    // Claimed before the second holder came: full on the later day, so refused as well.
    CHECK(c.service.claim(c.members[2], post, day.addDays(5)).kind == ServiceResult::Kind::Refused);
    // The same member twice: refused as a clash.
    CHECK(c.service.claim(c.members[0], post, day.addDays(30)).kind == ServiceResult::Kind::Conflict);

    REQUIRE(c.service.release(second.id, QDate(2026, 6, 1)).ok());
    CHECK(c.service.claim(c.members[2], post, QDate(2026, 5, 31)).kind == ServiceResult::Kind::Refused);
    CHECK(c.service.claim(c.members[2], post, QDate(2026, 6, 1)).ok());
    CHECK(c.ws.workspace().audit().count(QStringLiteral("inservice.claim")) >= 3);
    CHECK(c.ws.workspace().audit().count(QStringLiteral("inservice.release")) == 1);

    const QList<ServicePostRow> posts = servicePosts(c.ws.db(), {c.committee}, QDate(2026, 11, 15));
    const auto row =
        std::find_if(posts.begin(), posts.end(), [&](const ServicePostRow& r) { return r.post.id == post; });
    REQUIRE(row != posts.end());
    CHECK(row->held == 2);
    CHECK(row->freePlaces == 0);
}

TEST_CASE("The member's service post shows the posts held now, joined by 、", "[inservice]")
{
    Community c;
    const qint64 a = c.post(QStringLiteral("测试宣传岗"), 0);
    const qint64 b = c.post(QStringLiteral("测试劝导岗"), 0);
    const qint64 m = c.members[0];
    const ServiceResult first = c.service.claim(m, a, QDate(2026, 2, 1));
    REQUIRE(first.ok());
    CHECK(c.servicePostOf(m) == QStringLiteral("测试宣传岗"));
    REQUIRE(c.service.claim(m, b, QDate(2026, 4, 1)).ok());
    CHECK(c.servicePostOf(m) == QStringLiteral("测试宣传岗、测试劝导岗"));
    REQUIRE(c.service.release(first.id, QDate(2026, 9, 1)).ok());
    CHECK(c.servicePostOf(m) == QStringLiteral("测试劝导岗"));
    ServicePost renamed{b, c.committee, QStringLiteral("测试文明劝导岗"), 0, {}, {}};
    REQUIRE(c.service.savePost(renamed).ok());
    CHECK(c.servicePostOf(m) == QStringLiteral("测试文明劝导岗"));
    REQUIRE(c.service.closePost(b, QDate(2026, 11, 1)).ok());
    CHECK(c.servicePostOf(m).isEmpty());
    CHECK(c.service.claim(c.members[1], b, QDate(2026, 11, 2)).kind == ServiceResult::Kind::Refused);
    // A second post of the same name in the community is refused.
    ServicePost again{0, c.committee, QStringLiteral(" 测试宣传岗 "), 0, {}, {}};
    CHECK(c.service.savePost(again).kind == ServiceResult::Kind::Conflict);
}

TEST_CASE("A claim by a member who has not reported records the report-in through the member's rules",
          "[inservice]")
{
    Community c;
    const qint64 post = c.post(QStringLiteral("测试法律援助岗"), 0);
    QSqlQuery q(c.ws.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE member SET reported_on = NULL WHERE id = %1").arg(c.members[3])));
    const ServiceResult missing = c.service.claim(c.members[3], post, QDate(2026, 10, 1));
    CHECK(missing.field == InServiceField::reportedOn);
    // A report-in in the future breaks the member's own rules: nothing is written.
    CHECK_FALSE(c.service.claim(c.members[3], post, QDate(2026, 10, 1), QDate(2026, 12, 1)).ok());
    CHECK(c.ws.workspace().members().get(c.members[3]).servicePost.isEmpty());
    REQUIRE(c.service.claim(c.members[3], post, QDate(2026, 10, 1), QDate(2026, 9, 20)).ok());
    const Member m = c.ws.workspace().members().get(c.members[3]);
    CHECK(m.reportedOn == QDate(2026, 9, 20));
    CHECK(m.servicePost == QStringLiteral("测试法律援助岗"));
}

TEST_CASE("Service hours add up exactly in tenths; records keep their rules", "[inservice]")
{
    Community c;
    const qint64 m = c.members[0];
    ServiceRecord r;
    r.memberId = m;
    r.servedOn = QDate(2026, 5, 10);
    r.activity = QStringLiteral("垃圾分类宣传");
    r.hoursTenths = 1;
    REQUIRE(c.service.saveRecord(r).ok());
    r.hoursTenths = 2;
    r.servedOn = QDate(2026, 6, 10);
    const ServiceResult second = c.service.saveRecord(r);
    REQUIRE(second.ok());
    const QSet<qint64> orgs{c.ws.workspace().members().get(m).orgId};
    QList<InServiceMemberRow> rows = inServiceMembers(c.ws.db(), &orgs, 2026);
    auto row =
        std::find_if(rows.begin(), rows.end(), [&](const InServiceMemberRow& x) { return x.memberId == m; });
    REQUIRE(row != rows.end());
    CHECK(row->hoursTenths == 3);
    CHECK(hoursText(row->hoursTenths) == QStringLiteral("0.3"));
    CHECK(row->services == 2);
    CHECK(hoursText(125) == QStringLiteral("12.5"));
    CHECK(inServiceMembers(c.ws.db(), &orgs, 2025).size() == rows.size());

    ServiceRecord bad = r;
    bad.servedOn = QDate(2026, 11, 16); // the day after today
    bad.activity = QStringLiteral("  ");
    bad.hoursTenths = 241;
    const ServiceResult refused = c.service.saveRecord(bad);
    REQUIRE(refused.kind == ServiceResult::Kind::Invalid);
    CHECK(refused.errors.size() == 3);
    bad = r;
    bad.servedOn = c.ws.workspace().members().get(m).reportedOn.addDays(-1);
    CHECK(c.service.saveRecord(bad).field == InServiceField::servedOn);

    const QList<YearServiceTotal> years = yearTotals(c.ws.db(), &orgs);
    const auto y2026 =
        std::find_if(years.begin(), years.end(), [](const YearServiceTotal& t) { return t.year == 2026; });
    REQUIRE(y2026 != years.end());
    qint64 expected = 0; // every 2026 record of the branch's in-service members, summed here
    QSqlQuery sum(c.ws.db());
    REQUIRE(sum.exec(
        QStringLiteral("SELECT r.hours_tenths FROM service_record r JOIN member m ON m.id = r.member_id "
                       "WHERE m.category = 'in_service' AND m.org_id = %1 AND r.served_on LIKE '2026-%'")
            .arg(*orgs.cbegin())));
    while (sum.next())
        expected += sum.value(0).toLongLong();
    CHECK(y2026->hoursTenths == expected);
    REQUIRE(c.service.deleteRecord(second.id).ok());
    rows = inServiceMembers(c.ws.db(), &orgs, 2026);
    row =
        std::find_if(rows.begin(), rows.end(), [&](const InServiceMemberRow& x) { return x.memberId == m; });
    CHECK(row->hoursTenths == 1);
    CHECK(c.ws.workspace().audit().count(QStringLiteral("inservice.record_delete")) == 1);
}

TEST_CASE("Reported members without service this year are listed until they serve", "[inservice]")
{
    Community c;
    const QSet<qint64> orgs{c.ws.workspace().members().get(c.members[1]).orgId};
    auto listed = [&] {
        for (const InServiceMemberRow& r : withoutService(inServiceMembers(c.ws.db(), &orgs, 2026)))
            if (r.memberId == c.members[1])
                return true;
        return false;
    };
    CHECK(listed());
    ServiceRecord r{
        0, c.members[1], 0, QDate(2026, 1, 3), QStringLiteral("楼道清理"), 20, QStringLiteral("王主任"), {}};
    REQUIRE(c.service.saveRecord(r).ok());
    CHECK_FALSE(listed());
    const InServiceFacts facts = inServiceFacts(c.ws.db(), orgs, 2026);
    CHECK(facts.withService >= 1);
    CHECK(facts.hoursTenths >= 20);
    CHECK(facts.reported <= facts.inService);
}

TEST_CASE("Unit totals and the feedback letter read back from the PDF in Chinese", "[inservice][export]")
{
    const QList<InServiceMemberRow> rows = {
        {1, QStringLiteral("张伟"), 5, QStringLiteral("市税务局"), QDate(2024, 3, 1),
         QStringLiteral("政策宣讲岗"), 3, 125},
        {2, QStringLiteral("李娜"), 5, QStringLiteral(" 市税务局 "), QDate(2025, 6, 1),
         QStringLiteral("环境整治岗"), 1, 15},
        {3, QStringLiteral("王强"), 5, QStringLiteral("区人民医院"), QDate(2023, 1, 9), QString(), 0, 0},
        {4, QStringLiteral("赵敏"), 5, QString(), QDate(2023, 1, 9), QString(), 2, 30}};
    const QList<UnitServiceTotal> totals = unitTotals(rows);
    REQUIRE(totals.size() == 3);
    CHECK(unitDisplayName(totals[0].unit) != QString()); // the unrecorded unit sorts first
    CHECK(totals[0].unit.isEmpty());
    const auto tax = std::find_if(totals.begin(), totals.end(), [](const UnitServiceTotal& t) {
        return t.unit == QStringLiteral("市税务局");
    });
    REQUIRE(tax != totals.end());
    CHECK(tax->members == 2);
    CHECK(tax->services == 4);
    CHECK(hoursText(tax->hoursTenths) == QStringLiteral("14.0"));

    const QList<TableReport> letters =
        feedbackLetters(rows, {{5, QStringLiteral("幸福社区党委")}}, 2026, QDate(2026, 11, 15));
    REQUIRE(letters.size() == 2); // a unit not recorded gets no letter
    CHECK(feedbackLetters(rows, {{5, QStringLiteral("幸福社区党委")}}, 2026, QDate(2026, 11, 15),
                          QStringLiteral("区人民医院"))
              .size() == 1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letters.pdf"));
    REQUIRE(writePdf(letters, pdf, QStringLiteral("test")).isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("市税务局")));
    CHECK(text.contains(QStringLiteral("区人民医院")));
    CHECK(text.contains(QStringLiteral("张伟")));
    CHECK(text.contains(QStringLiteral("环境整治岗")));
    CHECK(text.contains(QStringLiteral("幸福社区党委")));
    CHECK(text.contains(QStringLiteral("12.5")));
    CHECK(text.contains(QStringLiteral("14.0"))); // the tax office's total
    CHECK(text.contains(QStringLiteral("2026-11-15")));
}

TEST_CASE("A member who stops being in service or leaves gives up the posts held, from that day",
          "[inservice]")
{
    Community c;
    const qint64 post = c.post(QStringLiteral("测试楼栋长"), 2);
    const qint64 a = c.members[0];
    const qint64 b = c.members[1];
    REQUIRE(c.service.claim(a, post, QDate(2026, 2, 1)).ok());
    REQUIRE(c.service.claim(b, post, QDate(2026, 3, 1)).ok());
    auto releasedOn = [&](qint64 member) {
        QSqlQuery q(c.ws.db());
        REQUIRE(
            q.exec(QStringLiteral("SELECT released_on FROM service_claim WHERE member_id = %1").arg(member)));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    // a retires from work: a registered member of the community now, from 1 October.
    Member m = c.ws.workspace().members().get(a);
    m.category = MemberCategory::Registered;
    REQUIRE(c.ws.workspace().memberService().save(m, QDate(2026, 10, 1)).ok());
    CHECK(releasedOn(a) == QStringLiteral("2026-10-01"));
    CHECK(c.servicePostOf(a).isEmpty());
    // b moves away and leaves the roster on 5 November.
    REQUIRE(c.ws.workspace()
                .memberService()
                .recordLeaving(b, QDate(2026, 11, 5), LeaveKind::TransferOut, {})
                .ok());
    CHECK(releasedOn(b) == QStringLiteral("2026-11-05"));
    // Both places are free again.
    CHECK(c.service.claim(c.members[2], post, QDate(2026, 11, 6)).ok());
    CHECK(c.service.claim(c.members[3], post, QDate(2026, 11, 6)).ok());
}
