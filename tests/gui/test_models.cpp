#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace partydesk;
using partydesk::test::TempWorkspace;

namespace {

struct Fixture
{
    TempWorkspace temp{true};
    OrganisationTreeModel tree;
    RosterModel roster;

    Fixture()
    {
        Workspace& ws = temp.workspace();
        tree.setOrganisations(ws.organisations().all(), ws.organisations().memberCounts());
        QHash<qint64, QString> names;
        for (const Organisation& org : tree.organisations())
            names.insert(org.id, org.name);
        roster.setRows(ws.members().roster(), names, temp.clock().today());
    }
};

} // namespace

TEST_CASE("The organisation tree counts Party members per subtree, applicants apart",
          "[models][party-members]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.tree.rowCount() == 1); // the street
    const QModelIndex street = f.tree.index(0, 0);
    CHECK(street.data().toString() == QStringLiteral("东风街道党工委"));
    // The count beside each organisation is its Party members (正式 + 预备): of the demo's 400
    // people on the roster, applicants, activists and candidates are not.
    QSqlQuery q(f.temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE status IN ('probationary', 'full')), "
                                  "count(*) FILTER (WHERE status = 'applicant') FROM member WHERE left_on IS NULL")));
    REQUIRE(q.next());
    const int people = q.value(0).toInt(), partyMembers = q.value(1).toInt(), applicants = q.value(2).toInt();
    REQUIRE(people == 396); // the demo's 400 people, 4 of whom transferred out
    REQUIRE(partyMembers < people);
    REQUIRE(applicants > 0);
    CHECK(f.tree.index(0, OrganisationTreeModel::MembersColumn).data().toInt() == partyMembers);
    CHECK(f.tree.headerData(OrganisationTreeModel::MembersColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Party members"));
    const qint64 streetId = street.data(OrganisationTreeModel::OrgIdRole).toLongLong();
    const MemberCounts counts = f.tree.subtreeCounts(streetId);
    CHECK(counts.partyMembers() == partyMembers);
    CHECK(counts.people() == people);
    CHECK(counts.applicants == applicants);
    CHECK(f.tree.subtreeCounts(0) == counts); // everyone
    // The tooltip names the others apart.
    const QString tip = street.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(describeMemberCounts(counts)));
    CHECK(tip.contains(QStringLiteral("applicants %1").arg(applicants)));
    const QModelIndex community = f.tree.index(0, 0, street);
    CHECK(f.tree.rowCount(community) == 10);
    const QModelIndex branch = f.tree.index(0, 0, community);
    CHECK(f.tree.rowCount(branch) == 2); // Party groups
    const qint64 branchId = branch.data(OrganisationTreeModel::OrgIdRole).toLongLong();
    CHECK(f.tree.subtree(branchId).size() == 3);
    CHECK(f.tree.parent(branch) == community);
    CHECK(f.tree.indexOf(branchId) == branch);

    // A reset with the same data keeps the tester satisfied.
    f.tree.setOrganisations(f.temp.workspace().organisations().all(), {});
    CHECK(f.tree.index(0, OrganisationTreeModel::MembersColumn).data().toInt() == 0);
}

TEST_CASE("The roster model filters by subtree, category, status, tag and search", "[models]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.roster, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.roster.rowCount() == 396); // the demo's 400 people less the 4 transferred out

    const qint64 branchId = f.tree.index(0, 0, f.tree.index(0, 0, f.tree.index(0, 0)))
                                .data(OrganisationTreeModel::OrgIdRole)
                                .toLongLong();
    RosterFilter filter;
    filter.orgIds = f.tree.subtree(branchId);
    f.roster.setFilter(filter);
    CHECK(f.roster.rowCount() == f.tree.subtreeCounts(branchId).people());
    for (int r = 0; r < f.roster.rowCount(); ++r)
        CHECK(filter.orgIds->contains(f.roster.rowAt(r).orgId));

    filter = RosterFilter();
    filter.category = MemberCategory::FloatingOut;
    filter.tag = MemberTag::Retired;
    f.roster.setFilter(filter);
    REQUIRE(f.roster.rowCount() > 0);
    for (int r = 0; r < f.roster.rowCount(); ++r) {
        CHECK(f.roster.rowAt(r).category == MemberCategory::FloatingOut);
        CHECK(f.roster.rowAt(r).hasTag(MemberTag::Retired));
    }

    // Search by name, by part of an ID number, by phone; typing narrows step by step.
    const RosterRow someone = f.roster.rowAt(0);
    filter = RosterFilter();
    for (int n = 1; n <= someone.idNumber.size(); ++n) {
        filter.search = someone.idNumber.left(n);
        f.roster.setFilter(filter);
    }
    REQUIRE(f.roster.rowCount() == 1);
    CHECK(f.roster.rowAt(0).id == someone.id);
    filter.search = someone.phone.right(8);
    f.roster.setFilter(filter);
    CHECK(f.roster.visibleRowOf(someone.id) >= 0);
    filter.search = someone.name;
    f.roster.setFilter(filter);
    CHECK(f.roster.visibleRowOf(someone.id) >= 0);
    filter.search = QStringLiteral("没有这个人");
    f.roster.setFilter(filter);
    CHECK(f.roster.rowCount() == 0);
}

TEST_CASE("ID numbers are masked unless shown deliberately and sorting keeps rows whole", "[models]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.roster, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RosterRow first = f.roster.rowAt(0);
    const QModelIndex id = f.roster.index(0, RosterModel::IdNumberColumn);
    CHECK(id.data().toString() ==
          first.idNumber.left(4) + QStringLiteral("**********") + first.idNumber.right(4));
    f.roster.setShowFullIdNumbers(true);
    CHECK(id.data().toString() == first.idNumber);

    f.roster.sort(RosterModel::AgeColumn, Qt::DescendingOrder);
    for (int r = 1; r < f.roster.rowCount(); ++r)
        CHECK(f.roster.rowAt(r - 1).birthDate <= f.roster.rowAt(r).birthDate);
    f.roster.sort(RosterModel::NameColumn, Qt::AscendingOrder);
    CHECK(f.roster.rowCount() == 396); // on the roster: the 4 transferred out are not
}
