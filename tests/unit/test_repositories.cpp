#include "report/RosterStream.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using partydesk::test::TempWorkspace;

namespace {

Member newMember(qint64 orgId)
{
    Member m;
    m.name = QStringLiteral("李建国");
    m.sex = Sex::Male;
    m.ethnicity = QStringLiteral("汉族");
    m.idNumber = QStringLiteral("440524188001010014");
    m.birthDate = QDate(1880, 1, 1);
    m.orgId = orgId;
    m.category = MemberCategory::Registered;
    m.status = MemberStatus::Full;
    m.appliedOn = QDate(1920, 1, 1);
    m.activistOn = QDate(1920, 5, 1);
    m.candidateOn = QDate(1921, 6, 1);
    m.joinedOn = QDate(1921, 9, 1);
    m.fullOn = QDate(1922, 9, 1);
    m.tags = {MemberTag::Retired, MemberTag::LongStanding};
    return m;
}

qint64 addBranch(Workspace& ws)
{
    Organisation street;
    street.name = QStringLiteral("东风街道党工委");
    street.type = OrgType::StreetCommittee;
    const qint64 streetId = ws.organisationService().saveOrganisation(street).id;
    Organisation branch;
    branch.name = QStringLiteral("第一网格党支部");
    branch.type = OrgType::GridBranch;
    branch.parentId = streetId;
    return ws.organisationService().saveOrganisation(branch).id;
}

} // namespace

TEST_CASE("A member is saved with tags and a history entry, and read back whole", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addBranch(ws);
    Member m = newMember(branch);
    m.idNumber = QStringLiteral("11010519491231002x"); // lower-case x, normalised on save
    m.birthDate = QDate(1949, 12, 31);
    m.sex = Sex::Female;
    m.appliedOn = QDate(1970, 1, 1);
    m.activistOn = QDate(1970, 5, 1);
    m.candidateOn = QDate(1971, 6, 1);
    m.joinedOn = QDate(1971, 9, 1);
    m.fullOn = QDate(1972, 9, 1);
    m.ethnicity = QStringLiteral("苗族");
    const ServiceResult saved = ws.memberService().save(m);
    REQUIRE(saved.ok());

    const Member back = ws.members().get(saved.id);
    CHECK(back.name == m.name);
    CHECK(back.idNumber == QStringLiteral("11010519491231002X"));
    CHECK(back.fullOn == QDate(1972, 9, 1));
    CHECK(back.hasTag(MemberTag::Retired));
    CHECK(back.hasTag(MemberTag::Minority)); // derived from the ethnicity
    const QList<MemberEvent> events = ws.members().events(saved.id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == QStringLiteral("joined_roster"));
}

TEST_CASE("Invalid members are not written", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    Member m = newMember(addBranch(ws));
    m.idNumber = QStringLiteral("440524188001010015");
    const ServiceResult result = ws.memberService().save(m);
    CHECK_FALSE(result.ok());
    CHECK(ws.members().roster().empty());
}

TEST_CASE("Two members on the roster cannot share an ID number", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addBranch(ws);
    REQUIRE(ws.memberService().save(newMember(branch)).ok());
    const ServiceResult second = ws.memberService().save(newMember(branch));
    CHECK_FALSE(second.ok());
    CHECK(second.message.contains(QStringLiteral("0014")));
}

TEST_CASE("Changes of category, status and branch are dated events", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addBranch(ws);
    Organisation other;
    other.name = QStringLiteral("第二网格党支部");
    other.type = OrgType::GridBranch;
    other.parentId = ws.organisations().get(branch).parentId;
    const qint64 otherBranch = ws.organisationService().saveOrganisation(other).id;

    const qint64 id = ws.memberService().save(newMember(branch)).id;
    Member m = ws.members().get(id);
    m.category = MemberCategory::FloatingOut;
    m.floatingPlace = QStringLiteral("广东省深圳市");
    m.floatingSince = QDate(2026, 3, 1);
    m.orgId = otherBranch;
    REQUIRE(ws.memberService().save(m).ok());
    const QList<MemberEvent> events = ws.members().events(id);
    QStringList kinds;
    for (const MemberEvent& e : events)
        kinds << e.kind;
    CHECK(kinds.contains(QStringLiteral("category_change")));
    CHECK(kinds.contains(QStringLiteral("transfer")));
    CHECK_FALSE(kinds.contains(QStringLiteral("status_change")));
}

TEST_CASE("A member who leaves stays in history", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 id = ws.memberService().save(newMember(addBranch(ws))).id;
    REQUIRE(ws.memberService()
                .recordLeaving(id, QDate(2026, 10, 8), LeaveKind::Death, QStringLiteral("病故"))
                .ok());
    const Member m = ws.members().get(id);
    CHECK(m.leftOn == QDate(2026, 10, 8));
    CHECK(m.leaveKind == LeaveKind::Death);
    const QList<MemberEvent> events = ws.members().events(id);
    const auto left = std::find_if(events.cbegin(), events.cend(),
                                   [](const MemberEvent& e) { return e.kind == QStringLiteral("left"); });
    REQUIRE(left != events.cend());
    CHECK(left->date == QDate(2026, 10, 8));
    CHECK(left->toValue == QStringLiteral("death"));
    CHECK(left->reason == QStringLiteral("病故"));
    CHECK(ws.members().roster().size() == 1); // still there, marked as left
    CHECK(ws.members().roster().front().leftOn == QDate(2026, 10, 8));

    SECTION("leaving twice or in the future is refused")
    {
        CHECK_FALSE(ws.memberService().recordLeaving(id, QDate(2026, 10, 9), LeaveKind::Death, {}).ok());
    }
    SECTION("the ID number may be used again by a new record")
    {
        CHECK(ws.memberService().save(newMember(m.orgId)).ok());
    }
}

TEST_CASE("Leaving in the future is refused", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 id = ws.memberService().save(newMember(addBranch(ws))).id;
    const ServiceResult result =
        ws.memberService().recordLeaving(id, QDate(2027, 1, 1), LeaveKind::TransferOut, {});
    CHECK_FALSE(result.ok());
    CHECK_FALSE(ws.members().get(id).hasLeft());
}

TEST_CASE("Foreign keys protect organisations that hold members", "[repository]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addBranch(ws);
    REQUIRE(ws.memberService().save(newMember(branch)).ok());
    QSqlQuery q(temp.db());
    q.prepare(QStringLiteral("DELETE FROM organisation WHERE id = ?"));
    q.addBindValue(branch);
    CHECK_FALSE(q.exec());
}

TEST_CASE("Organisations, grids and co-building units round-trip", "[repository]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 community = temp.firstOrganisation(OrgType::BigCommittee);
    REQUIRE(community > 0);
    Organisation org = ws.organisations().get(community);
    CHECK(org.termEnd == org.termStart.addYears(5));
    org.secretary = QStringLiteral("刘红梅");
    REQUIRE(ws.organisationService().saveOrganisation(org).ok());
    CHECK(ws.organisations().get(community).secretary == QStringLiteral("刘红梅"));
    CHECK(ws.organisations().grids(community).size() == 8);
    CHECK(ws.organisations().grids(community).first().gridHead.size() >= 2);
    CHECK(ws.organisations().coBuildingUnits(community).size() == 5);
}

TEST_CASE("A streamed roster holds exactly the filtered roster, in roster order", "[repository][issue11]")
{
    test::TempWorkspace temp(true);
    const std::vector<RosterRow> whole = temp.workspace().members().roster();
    const QSet<qint64> scope{whole.front().orgId, whole.back().orgId};
    const auto accepts = [](const RosterRow& row) {
        return !row.leftOn.isValid() && row.category != MemberCategory::FloatingOut;
    };
    for (const std::optional<QSet<qint64>>& orgIds : {std::optional<QSet<qint64>>(), std::optional(scope)}) {
        std::vector<qint64> expected;
        for (const RosterRow& row : whole)
            if (accepts(row) && (!orgIds || orgIds->contains(row.orgId)))
                expected.push_back(row.id);
        REQUIRE_FALSE(expected.empty());
        RosterStream stream(temp.db().connectionName(), orgIds, accepts);
        REQUIRE(stream.count() == int(expected.size()));
        for (int i = 0; i < stream.count(); ++i) {
            const RosterRow* row = stream.row(i);
            REQUIRE(row);
            CHECK(row->id == expected[size_t(i)]);
        }
        CHECK(stream.row(stream.count()) == nullptr);
        CHECK(stream.error().isEmpty());
    }
}
