#include "domain/DerivedFacts.h"
#include "domain/Validation.h"
#include "TestSupport.h"
#include "unit/SecurityTestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A GB 11643 number for a person of `sex` born on `birth`, with the right check digit.
QString idNumberFor(QDate birth, Sex sex, int serial = 1)
{
    QString body = QStringLiteral("110105%1%2")
                       .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                       .arg(serial * 2 + (sex == Sex::Male ? 1 : 0), 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body[i].digitValue() * weights[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}


// A probationary member born on `birth` who joined on `joined`, each earlier step a year apart.
Member probationer(qint64 branch, QDate birth, QDate joined, int serial = 1)
{
    Member m;
    m.name = QStringLiteral("测试党员%1").arg(serial);
    m.sex = Sex::Female;
    m.birthDate = birth;
    m.idNumber = idNumberFor(birth, Sex::Female, serial);
    m.orgId = branch;
    m.category = MemberCategory::Registered;
    m.status = MemberStatus::Probationary;
    m.candidateOn = joined.addMonths(-6);
    m.activistOn = m.candidateOn.addYears(-1).addDays(-1);
    m.appliedOn = m.activistOn.addMonths(-1);
    m.joinedOn = joined;
    m.phone = QStringLiteral("13800138000");
    return m;
}

} // namespace

TEST_CASE("Joining on the 18th birthday is allowed, the day before is not", "[service][issue9]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    const QDate birth(2006, 5, 20);
    Member day = probationer(branch, birth, QDate(2024, 5, 20), 1);
    day.appliedOn = QDate(2022, 6, 1);
    day.activistOn = QDate(2022, 7, 1);
    day.candidateOn = QDate(2023, 8, 1);
    CHECK(ws.memberService().save(day).ok());
    Member before = day;
    before.id = 0;
    before.idNumber = idNumberFor(birth, Sex::Female, 2);
    before.joinedOn = QDate(2024, 5, 19);
    const ServiceResult refused = ws.memberService().save(before);
    CHECK(refused.kind == ServiceResult::Kind::Invalid);
    CHECK(refused.field == MemberField::joinedOn);
}

TEST_CASE("Born on 29 February: 18 on 1 March of a common year", "[service][issue9]")
{
    CHECK(ageOn(QDate(2000, 2, 29), QDate(2018, 2, 28)) == 17);
    CHECK(ageOn(QDate(2000, 2, 29), QDate(2018, 3, 1)) == 18);
    CHECK(yearsCompleted(QDate(2024, 2, 29), 1) == QDate(2025, 3, 1));
    CHECK(yearsCompleted(QDate(2024, 2, 29), 4) == QDate(2028, 2, 29));
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    Member m = probationer(branch, QDate(2000, 2, 29), QDate(2018, 2, 28));
    CHECK(ws.memberService().save(m).field == MemberField::joinedOn);
    m.joinedOn = QDate(2018, 3, 1);
    m.status = MemberStatus::Full;
    m.fullOn = QDate(2019, 3, 1);
    CHECK(ws.memberService().save(m).ok());
}

TEST_CASE("Probation: exactly one year is enough, a day less is not", "[service][issue9]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    Member m = probationer(branch, QDate(1990, 4, 2), QDate(2024, 2, 29));
    m.status = MemberStatus::Full;
    m.fullOn = QDate(2025, 2, 28); // the probation from 29 February ends on 1 March
    CHECK(ws.memberService().save(m).field == MemberField::fullOn);
    m.fullOn = QDate(2025, 3, 1);
    CHECK(ws.memberService().save(m).ok());

    Member n = probationer(branch, QDate(1991, 4, 2), QDate(2024, 6, 30), 2);
    n.status = MemberStatus::Full;
    n.fullOn = QDate(2025, 6, 29);
    CHECK(ws.memberService().save(n).field == MemberField::fullOn);
    n.fullOn = QDate(2025, 6, 30);
    CHECK(ws.memberService().save(n).ok());
    CHECK_FALSE(
        probationOverdue(probationer(branch, QDate(1990, 1, 1), QDate(2025, 11, 15)), QDate(2026, 11, 15)));
    CHECK(probationOverdue(probationer(branch, QDate(1990, 1, 1), QDate(2025, 11, 14)), QDate(2026, 11, 15)));
}

TEST_CASE("The member service clears other categories' fields and refuses a duplicate ID as a conflict",
          "[service][issue9]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    Member m = probationer(branch, QDate(1990, 4, 2), QDate(2025, 6, 30));
    m.workUnit = QStringLiteral("区税务局"); // an in-service field on a registered member
    m.floatingPlace = QStringLiteral("深圳");
    m.idNumber = m.idNumber.toLower();
    const ServiceResult saved = ws.memberService().save(m);
    REQUIRE(saved.ok());
    const Member back = ws.members().get(saved.id);
    CHECK(back.workUnit.isEmpty());
    CHECK(back.floatingPlace.isEmpty());
    CHECK(back.idNumber == m.idNumber.toUpper());
    CHECK(ws.audit().count(QStringLiteral("member.add")) == 1);

    Member twin = m;
    twin.name = QStringLiteral("另一人");
    const ServiceResult duplicate = ws.memberService().save(twin);
    CHECK(duplicate.kind == ServiceResult::Kind::Conflict);
    CHECK(duplicate.field == MemberField::idNumber);
}

TEST_CASE("The organisation service checks the tree and grid codes for every caller", "[service][issue9]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    Organisation orphan;
    orphan.name = QStringLiteral("  ");
    orphan.type = OrgType::Branch;
    orphan.parentId = 999999;
    const ServiceResult refused = ws.organisationService().saveOrganisation(orphan);
    CHECK(refused.kind == ServiceResult::Kind::Invalid);
    CHECK_FALSE(refused.errors.isEmpty());

    Organisation community;
    community.name = QStringLiteral("测试社区党委");
    community.type = OrgType::CommunityCommittee;
    community.parentId = ws.organisations().get(branch).parentId;
    const qint64 communityId = ws.organisationService().saveOrganisation(community).id;
    REQUIRE(communityId > 0);
    Grid first;
    first.communityId = communityId;
    first.code = QStringLiteral(" 01 ");
    first.name = QStringLiteral("第一网格");
    REQUIRE(ws.organisationService().saveGrid(first).ok());
    Grid second = first;
    second.name = QStringLiteral("第二网格");
    second.code = QStringLiteral("01");
    const ServiceResult clash = ws.organisationService().saveGrid(second);
    CHECK(clash.kind == ServiceResult::Kind::Conflict);
    CHECK(clash.field == GridField::code);
    CHECK(ws.organisations().grids(communityId).size() == 1);
    CHECK(ws.organisations().grids(communityId).first().code == QStringLiteral("01"));
}

TEST_CASE("Writes wait for the integrity check, as refusals", "[service][issue9]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    ws.writeGate().startChecking();
    CHECK(ws.memberService().save(probationer(branch, QDate(1990, 4, 2), QDate(2025, 6, 30))).kind ==
          ServiceResult::Kind::Refused);
    ws.writeGate().checkPassed();
    CHECK(ws.memberService().save(probationer(branch, QDate(1990, 4, 2), QDate(2025, 6, 30))).ok());
}

TEST_CASE("A change saved with the day it took effect is dated that day in the member's history",
          "[service][issue13]")
{
    TempWorkspace temp(false, QDate(2026, 11, 15));
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    Member m = probationer(branch, QDate(1990, 4, 2), QDate(2025, 6, 30));
    const ServiceResult added = ws.memberService().save(m, QDate(2026, 3, 1));
    REQUIRE(added.ok());
    m.id = added.id;
    m.status = MemberStatus::Full;
    m.fullOn = QDate(2026, 7, 1);
    REQUIRE(ws.memberService().save(m, QDate(2026, 7, 1)).ok());
    CHECK(ws.memberService().save(m, QDate(2026, 11, 16)).kind == ServiceResult::Kind::Invalid);

    QMap<QString, QDate> dated;
    for (const MemberEvent& e : ws.members().events(added.id))
        dated.insert(e.kind, e.date);
    CHECK(dated.value(QStringLiteral("joined_roster")) == QDate(2026, 3, 1));
    CHECK(dated.value(QStringLiteral("status_change")) == QDate(2026, 7, 1));
}
