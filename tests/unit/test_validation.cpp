#include "domain/Clock.h"
#include "domain/Validation.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace partydesk;

namespace {

const FixedClock fixedClock(QDate(2026, 11, 15));

// A full member born 1949-12-31 (ID 11010519491231002X is a woman's), valid in every field.
Member validMember()
{
    Member m;
    m.name = QStringLiteral("王秀英");
    m.sex = Sex::Female;
    m.idNumber = QStringLiteral("11010519491231002X");
    m.birthDate = QDate(1949, 12, 31);
    m.orgId = 1;
    m.category = MemberCategory::Registered;
    m.status = MemberStatus::Full;
    m.appliedOn = QDate(1970, 3, 1);
    m.activistOn = QDate(1970, 6, 1);
    m.candidateOn = QDate(1971, 7, 1);
    m.joinedOn = QDate(1972, 1, 10);
    m.fullOn = QDate(1973, 1, 10);
    m.phone = QStringLiteral("13800138000");
    return m;
}

} // namespace

TEST_CASE("A complete member passes validation", "[validation]")
{
    CHECK(validateMember(validMember(), fixedClock).isEmpty());
}

TEST_CASE("Birth date and sex must agree with the ID number", "[validation]")
{
    Member m = validMember();
    m.birthDate = QDate(1949, 12, 30);
    m.sex = Sex::Male;
    const FieldErrors errors = validateMember(m, fixedClock);
    CHECK(messageFor(errors, MemberField::birthDate).contains(QStringLiteral("1949-12-31")));
    CHECK_FALSE(messageFor(errors, MemberField::sex).isEmpty());
}

TEST_CASE("Steps towards membership must come in order", "[validation]")
{
    Member m = validMember();
    m.fullOn = QDate(1971, 12, 1); // before joining
    CHECK(messageFor(validateMember(m, fixedClock), MemberField::fullOn)
              .contains(QStringLiteral("1971-12-01")));

    m = validMember();
    m.fullOn = QDate(1972, 6, 1); // probation shorter than a year
    CHECK(messageFor(validateMember(m, fixedClock), MemberField::fullOn)
              .contains(QStringLiteral("1973-01-10")));

    m = validMember();
    m.candidateOn = QDate(1970, 9, 1); // observed less than a year as activist
    m.joinedOn = QDate(1971, 1, 10);
    m.fullOn = QDate(1972, 1, 10);
    CHECK_FALSE(messageFor(validateMember(m, fixedClock), MemberField::candidateOn).isEmpty());
}

TEST_CASE("Joining needs age 18", "[validation]")
{
    Member m = validMember();
    m.appliedOn = QDate(1965, 1, 1);
    m.activistOn = QDate(1965, 3, 1);
    m.candidateOn = QDate(1966, 4, 1);
    m.joinedOn = QDate(1966, 12, 1); // aged 16
    m.fullOn = QDate(1967, 12, 1);
    const QString message = messageFor(validateMember(m, fixedClock), MemberField::joinedOn);
    CHECK(message.contains(QStringLiteral("18")));
    CHECK(message.contains(QStringLiteral("16")));
}

TEST_CASE("Dates in the future are refused", "[validation]")
{
    Member m = validMember();
    m.status = MemberStatus::Probationary;
    m.fullOn = QDate();
    m.joinedOn = QDate(2027, 1, 1);
    CHECK(
        messageFor(validateMember(m, fixedClock), MemberField::joinedOn).contains(QStringLiteral("future")));
}

TEST_CASE("Required fields depend on status and category", "[validation]")
{
    Member m = validMember();
    m.fullOn = QDate();
    CHECK_FALSE(messageFor(validateMember(m, fixedClock), MemberField::fullOn).isEmpty());

    m = validMember();
    m.category = MemberCategory::InService;
    FieldErrors errors = validateMember(m, fixedClock);
    CHECK_FALSE(messageFor(errors, MemberField::workUnit).isEmpty());
    CHECK_FALSE(messageFor(errors, MemberField::reportedOn).isEmpty());

    m = validMember();
    m.category = MemberCategory::FloatingOut;
    errors = validateMember(m, fixedClock);
    CHECK_FALSE(messageFor(errors, MemberField::floatingPlace).isEmpty());
    CHECK_FALSE(messageFor(errors, MemberField::floatingSince).isEmpty());

    m = validMember();
    m.category = MemberCategory::FloatingIn;
    m.idNumber.clear(); // registered elsewhere: the ID number may be unknown here
    errors = validateMember(m, fixedClock);
    CHECK(messageFor(errors, MemberField::idNumber).isEmpty());
    CHECK_FALSE(messageFor(errors, MemberField::homeOrganisation).isEmpty());

    m = validMember();
    m.idNumber.clear();
    CHECK_FALSE(messageFor(validateMember(m, fixedClock), MemberField::idNumber).isEmpty());

    m = validMember();
    m.category = MemberCategory::InService;
    m.status = MemberStatus::Activist;
    CHECK_FALSE(messageFor(validateMember(m, fixedClock), MemberField::status).isEmpty());
}

TEST_CASE("Name, branch and phone are checked", "[validation]")
{
    Member m = validMember();
    m.name = QStringLiteral("  ");
    m.orgId = 0;
    m.phone = QStringLiteral("12345");
    const FieldErrors errors = validateMember(m, fixedClock);
    CHECK_FALSE(messageFor(errors, MemberField::name).isEmpty());
    CHECK_FALSE(messageFor(errors, MemberField::org).isEmpty());
    CHECK(messageFor(errors, MemberField::phone).contains(QStringLiteral("12345")));
}

TEST_CASE("Organisations: name, parent level and term", "[validation]")
{
    Organisation org;
    org.name = QStringLiteral("第九网格党支部");
    org.type = OrgType::GridBranch;
    const OrgType community = OrgType::BigCommittee;
    const OrgType group = OrgType::PartyGroup;
    CHECK(validateOrganisation(org, &community, fixedClock).isEmpty());
    CHECK_FALSE(messageFor(validateOrganisation(org, &group, fixedClock), OrgField::parent).isEmpty());
    CHECK_FALSE(messageFor(validateOrganisation(org, nullptr, fixedClock), OrgField::parent).isEmpty());

    org.termStart = QDate(2024, 1, 1);
    org.termEnd = QDate(2023, 1, 1);
    CHECK_FALSE(messageFor(validateOrganisation(org, &community, fixedClock), OrgField::termEnd).isEmpty());
    org.name.clear();
    CHECK_FALSE(messageFor(validateOrganisation(org, &community, fixedClock), OrgField::name).isEmpty());
}

TEST_CASE("A member's grid outside the community, or off the branch's grid, is a warning, not an error",
          "[validation][grid]")
{
    const auto org = [](qint64 id, qint64 parent, const char* name, OrgType type, qint64 gridId = 0) {
        Organisation o;
        o.id = id;
        o.parentId = parent;
        o.name = QString::fromUtf8(name);
        o.type = type;
        o.gridId = gridId;
        return o;
    };
    const auto grid = [](qint64 id, qint64 community, const char* code, const char* name) {
        Grid g;
        g.id = id;
        g.communityId = community;
        g.code = QString::fromUtf8(code);
        g.name = QString::fromUtf8(name);
        return g;
    };
    const Organisation street = org(1, 0, "东风街道党工委", OrgType::StreetCommittee);
    const Organisation heping = org(2, 1, "和平社区党委", OrgType::BigCommittee);
    const Organisation xinhua = org(3, 1, "新华社区党委", OrgType::CommunityCommittee);
    const Organisation branch = org(4, 2, "第一网格党支部", OrgType::GridBranch, 10);
    const Organisation group = org(5, 4, "第一党小组", OrgType::PartyGroup);
    const Organisation firm = org(6, 2, "某公司党支部", OrgType::NonPublicBranch);
    const QList<Organisation> orgs = {street, heping, xinhua, branch, group, firm};
    const Grid first = grid(10, 2, "HP01", "第一网格");
    const Grid second = grid(11, 2, "HP02", "第二网格");
    const Grid elsewhere = grid(12, 3, "XH01", "新华第一网格");
    const QList<Grid> grids = {first, second, elsewhere};

    Member m = validMember();
    m.orgId = branch.id;
    m.gridId = first.id;
    CHECK(memberPlacementWarnings(m, orgs, grids).isEmpty());
    m.gridId = 0;
    CHECK(memberPlacementWarnings(m, orgs, grids).isEmpty()); // no grid: nothing to say
    m.orgId = group.id;                                       // a Party group counts its branch's grid
    m.gridId = first.id;
    CHECK(memberPlacementWarnings(m, orgs, grids).isEmpty());
    m.orgId = firm.id; // a branch on no grid: any grid of the community will do
    m.gridId = second.id;
    CHECK(memberPlacementWarnings(m, orgs, grids).isEmpty());

    // Another grid of the same community than the branch's.
    m.orgId = group.id;
    m.gridId = second.id;
    FieldErrors warnings = memberPlacementWarnings(m, orgs, grids);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().field == MemberField::grid);
    CHECK(warnings.first().message.contains(QStringLiteral("第一网格党支部")));
    CHECK(warnings.first().message.contains(QStringLiteral("HP01")));
    CHECK(warnings.first().message.contains(QStringLiteral("HP02")));

    // A grid of another community: both things are said.
    m.gridId = elsewhere.id;
    warnings = memberPlacementWarnings(m, orgs, grids);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.first().message.contains(QStringLiteral("新华社区党委")));
    CHECK(warnings.first().message.contains(QStringLiteral("和平社区党委")));
    m.orgId = firm.id;
    warnings = memberPlacementWarnings(m, orgs, grids);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().message.contains(QStringLiteral("XH01")));

    // Warnings never stop a save: the member is valid all the same.
    CHECK(validateMember(m, fixedClock).isEmpty());
}
