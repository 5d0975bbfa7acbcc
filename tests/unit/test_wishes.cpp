#include "cogovernance/CommitteeScope.h"
#include "cogovernance/WishFacts.h"
#include "cogovernance/WishReports.h"
#include "cogovernance/WishService.h"
#include "ExternalReaders.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A wish of the demo community's first grid branch, made on `day`.
MicroWish newWish(TempWorkspace& ws, QDate day)
{
    MicroWish w;
    w.orgId = ws.firstOrganisation(OrgType::GridBranch);
    w.residentName = QStringLiteral("欧阳淑芬");
    w.residentContact = QStringLiteral("13812345678");
    w.residentAddress = QStringLiteral("3栋2单元401");
    w.wish = QStringLiteral("更换楼道灯泡");
    w.category = QStringLiteral("家电维修");
    w.estimatedCost = 2550;
    w.wishedOn = day;
    return w;
}

qint64 partyMemberOf(TempWorkspace& ws, qint64 branch)
{
    return scalar(ws.db(),
                  QStringLiteral("SELECT id FROM member WHERE org_id IN (SELECT id FROM organisation WHERE "
                                 "id = %1 OR parent_id = %1) AND left_on IS NULL AND status = "
                                 "'full' ORDER BY id LIMIT 1")
                      .arg(branch));
}

MicroWish wishAt(QDate wished, qint64 org, qint64 grid, QDate fulfilled = {}, QDate withdrawn = {})
{
    MicroWish w;
    w.orgId = org;
    w.branchName = QStringLiteral("支部%1").arg(org);
    w.gridId = grid;
    w.gridName = grid ? QStringLiteral("网格%1").arg(grid) : QString();
    w.wishedOn = wished;
    if (fulfilled.isValid()) {
        w.publishedOn = wished;
        w.claimedOn = wished;
        w.fulfilledOn = fulfilled;
        w.claimerMemberId = 1;
    }
    w.withdrawnOn = withdrawn;
    return w;
}

} // namespace

TEST_CASE("A micro-wish goes from recorded to fulfilled only in order, with its dates in order", "[wishes]")
{
    TempWorkspace ws(true);
    WishService service = wishService(ws.workspace());
    const ServiceResult added = service.save(newWish(ws, QDate(2026, 11, 2)));
    REQUIRE(added.ok());
    const qint64 id = added.id;
    const qint64 member = partyMemberOf(ws, newWish(ws, {}).orgId);
    REQUIRE(member > 0);

    // Claim before publishing, fulfil before claiming: refused.
    CHECK(service.claimByMember(id, member, QDate(2026, 11, 5)).kind == ServiceResult::Kind::Refused);
    CHECK(service.fulfil(id, QDate(2026, 11, 5), {}, WishSatisfaction::satisfied).kind ==
          ServiceResult::Kind::Refused);
    // Published before it was wished, or in the future: refused at the date.
    CHECK(service.publish(id, QDate(2026, 11, 1)).field == WishField::date);
    CHECK(service.publish(id, QDate(2026, 11, 16)).field == WishField::date);
    REQUIRE(service.publish(id, QDate(2026, 11, 3)).ok());
    CHECK(service.claimByMember(id, member, QDate(2026, 11, 2)).field == WishField::date);
    REQUIRE(service.claimByMember(id, member, QDate(2026, 11, 4)).ok());
    CHECK(service.fulfil(id, QDate(2026, 11, 3), QStringLiteral("好"), WishSatisfaction::satisfied).field ==
          WishField::date);
    CHECK(service.fulfil(id, QDate(2026, 11, 6), QStringLiteral("好"), QStringLiteral("great")).field ==
          WishField::satisfaction);
    REQUIRE(service.fulfil(id, QDate(2026, 11, 6), QStringLiteral("很及时"), WishSatisfaction::verySatisfied)
                .ok());
    MicroWish w = *service.wishes().wish(id);
    CHECK(w.stage() == WishStage::Fulfilled);
    CHECK(w.publishedOn == QDate(2026, 11, 3));
    CHECK(w.claimerMemberId == member);
    CHECK(w.daysWaiting(QDate(2026, 11, 15)) == 4);
    CHECK(service.withdraw(id, QDate(2026, 11, 7), QStringLiteral("x")).kind == ServiceResult::Kind::Refused);

    // Back one stage at a time: the claim entered by mistake goes with its claimer.
    REQUIRE(service.stepBack(id).ok());
    REQUIRE(service.stepBack(id).ok());
    w = *service.wishes().wish(id);
    CHECK(w.stage() == WishStage::Published);
    CHECK(w.claimerMemberId == 0);
    CHECK(w.satisfaction.isEmpty());
    // Withdrawn with a reason only.
    CHECK(service.withdraw(id, QDate(2026, 11, 7), QStringLiteral("  ")).field == WishField::reason);
    REQUIRE(service.withdraw(id, QDate(2026, 11, 7), QStringLiteral("居民已自行解决")).ok());
    CHECK(service.wishes().wish(id)->stage() == WishStage::Withdrawn);
    CHECK(ws.workspace().audit().count(QStringLiteral("wish.claim")) == 1);
    CHECK(ws.workspace().audit().count(QStringLiteral("wish.withdraw")) == 1);
}

TEST_CASE("A micro-wish needs a resident, a wish, a branch and a grid of its community", "[wishes]")
{
    TempWorkspace ws(true);
    WishService service = wishService(ws.workspace());
    MicroWish w = newWish(ws, QDate(2026, 11, 16));
    w.residentName = QStringLiteral(" ");
    w.wish.clear();
    const ServiceResult refused = service.save(w);
    REQUIRE(refused.kind == ServiceResult::Kind::Invalid);
    QStringList fields;
    for (const FieldError& e : refused.errors)
        fields << e.field;
    CHECK(fields == QStringList{WishField::resident, WishField::wish, WishField::wishedOn});

    w = newWish(ws, QDate(2026, 11, 1));
    w.orgId = ws.firstOrganisation(OrgType::BigCommittee) ? ws.firstOrganisation(OrgType::BigCommittee)
                                                          : ws.firstOrganisation(OrgType::CommunityCommittee);
    CHECK(service.save(w).field == WishField::branch);
    w = newWish(ws, QDate(2026, 11, 1));
    w.gridId = 999999;
    CHECK(service.save(w).field == WishField::grid);

    // A unit of another committee cannot claim; one of the wish's committee can.
    w = newWish(ws, QDate(2026, 11, 1));
    const qint64 id = service.save(w).id;
    REQUIRE(service.publish(id, QDate(2026, 11, 1)).ok());
    const qint64 committee = committeeOf(ws.workspace().organisations().all(), w.orgId);
    const qint64 unit =
        scalar(ws.db(), QStringLiteral("SELECT id FROM co_building_unit WHERE committee_id = %1 "
                                       "AND left_on IS NULL ORDER BY id LIMIT 1")
                            .arg(committee));
    REQUIRE(unit > 0);
    CHECK(service.claimByUnit(id, 999999, QDate(2026, 11, 2)).field == WishField::claimer);
    REQUIRE(service.claimByUnit(id, unit, QDate(2026, 11, 2)).ok());
    CHECK(service.wishes().wish(id)->claimerUnitId == unit);
}

TEST_CASE("Micro-wishes are counted by month, branch and grid and waiting wishes are flagged after 30 days",
          "[wishes]")
{
    const QList<MicroWish> wishes = {
        wishAt(QDate(2026, 1, 5), 10, 1, QDate(2026, 2, 3)),     // made Jan, fulfilled Feb
        wishAt(QDate(2026, 1, 20), 10, 2),                       // open
        wishAt(QDate(2026, 3, 1), 11, 1, QDate(2026, 3, 9)),     // made and fulfilled in March
        wishAt(QDate(2026, 3, 2), 11, 0, {}, QDate(2026, 3, 4)), // withdrawn
        wishAt(QDate(2025, 12, 30), 10, 1, QDate(2026, 1, 2)),   // made last year, fulfilled in January
    };
    const auto months = wishCountsByMonth(wishes, 2026);
    CHECK(months[0].recorded == 2);
    CHECK(months[0].fulfilled == 1);
    CHECK(months[1].recorded == 0);
    CHECK(months[1].fulfilled == 1);
    CHECK(months[2].recorded == 2);
    CHECK(months[2].fulfilled == 1);

    const QList<WishGroupCount> branches = wishCountsByBranch(wishes, 2026);
    REQUIRE(branches.size() == 2);
    CHECK(branches[0].id == 10);
    CHECK(branches[0].recorded == 2);
    CHECK(branches[0].open == 1);
    CHECK(branches[0].fulfilled == 1);
    CHECK(branches[1].id == 11);
    CHECK(branches[1].withdrawn == 1);
    const QList<WishGroupCount> grids = wishCountsByGrid(wishes, 2026);
    REQUIRE(grids.size() == 3); // no grid, grid 1, grid 2
    CHECK(grids[0].id == 0);
    CHECK(grids[1].id == 1);
    CHECK(grids[1].recorded == 2);
    CHECK(grids[2].recorded == 1);

    const WishFacts facts = wishFacts(wishes, 2026);
    CHECK(facts.recorded == 4);
    CHECK(facts.fulfilled == 3);
    CHECK(facts.withdrawn == 1);
    CHECK(facts.fulfilledShare == Approx(2.0 / 3.0)); // 2 of the 3 made in 2026 and not withdrawn
    CHECK(facts.averageDaysToFulfil == Approx((29 + 8 + 3) / 3.0));

    TempWorkspace ws(true);
    WishService service = wishService(ws.workspace());
    const qint64 a = service.save(newWish(ws, QDate(2026, 9, 1))).id;
    REQUIRE(service.publish(a, QDate(2026, 10, 15)).ok()); // 31 days by 2026-11-15
    const qint64 b = service.save(newWish(ws, QDate(2026, 10, 1))).id;
    REQUIRE(service.publish(b, QDate(2026, 10, 16)).ok()); // 30 days
    const QList<WaitingWish> waiting = wishesWaiting(ws.db(), {newWish(ws, {}).orgId}, QDate(2026, 11, 15));
    const auto find = [&](qint64 id) {
        for (const WaitingWish& w : waiting)
            if (w.id == id)
                return w;
        return WaitingWish();
    };
    CHECK(find(a).days == 31);
    CHECK(find(a).overdue);
    CHECK(find(b).days == 30);
    CHECK_FALSE(find(b).overdue);
}

TEST_CASE("The printed public list of micro-wishes shows no resident's name or contact", "[wishes]")
{
    TempWorkspace ws(true);
    WishService service = wishService(ws.workspace());
    const qint64 id = service.save(newWish(ws, QDate(2026, 11, 2))).id;
    REQUIRE(id > 0);
    const QList<MicroWish> wishes = service.wishes().wishes({newWish(ws, {}).orgId}, 2026);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("public.pdf"));
    REQUIRE(writePdf({publicWishList(wishes, QStringLiteral("2026"))}, path, QStringLiteral("PartyDesk"))
                .isEmpty());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("更换楼道灯泡")));
    CHECK(text.contains(QStringLiteral("欧**")));
    CHECK_FALSE(text.contains(QStringLiteral("欧阳淑芬")));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(text.contains(QStringLiteral("3栋2单元401")));
    // The internal list masks the contact unless full data is chosen.
    const TableReport internal = internalWishList(wishes, {}, false);
    int row = 0;
    while (row < internal.rowCount && internal.cell(row, 3).toString() != QStringLiteral("更换楼道灯泡"))
        ++row;
    REQUIRE(row < internal.rowCount);
    CHECK(internal.cell(row, 1).toString() == QStringLiteral("138****5678"));
    CHECK(internalWishList(wishes, {}, true).cell(row, 1).toString() == QStringLiteral("13812345678"));
}

TEST_CASE("A micro-wish's photos are stored with their thumbnails", "[wishes]")
{
    TempWorkspace ws(true);
    WishService service = wishService(ws.workspace());
    const qint64 id = service.save(newWish(ws, QDate(2026, 11, 2))).id;
    WishPhoto photo;
    photo.wishId = id;
    photo.caption = QStringLiteral("换好的灯");
    photo.image = QByteArray("\xff\xd8 image", 8);
    photo.thumbnail = QByteArray("\xff\xd8 thumb", 8);
    const ServiceResult added = service.addPhoto(photo);
    REQUIRE(added.ok());
    const QList<WishPhoto> photos = service.wishes().photos(id, true);
    REQUIRE(photos.size() == 1);
    CHECK(photos[0].caption == QStringLiteral("换好的灯"));
    CHECK(photos[0].image == photo.image);
    CHECK(photos[0].thumbnail == photo.thumbnail);
    CHECK(service.wishes().photos(id).at(0).image.isEmpty()); // lists read thumbnails only
    REQUIRE(service.deletePhoto(added.id).ok());
    CHECK(service.wishes().photos(id).isEmpty());
}

TEST_CASE("The demo community has micro-wishes at every stage", "[wishes][demo]")
{
    TempWorkspace ws(true);
    const QList<MicroWish> wishes = WishRepository(ws.db()).wishes({}, 0);
    const auto stages = wishCountsByStage(wishes);
    for (int count : stages)
        CHECK(count > 0);
    CHECK(scalar(ws.db(),
                 QStringLiteral("SELECT count(*) FROM micro_wish WHERE claimer_unit_id IS NOT NULL")) > 0);
    CHECK(scalar(ws.db(), QStringLiteral("SELECT count(*) FROM micro_wish WHERE wished_on > '2026-11-15' OR "
                                         "fulfilled_on > '2026-11-15'")) == 0);
    int overdue = 0;
    for (const WaitingWish& w : wishesWaiting(ws.db(), {}, QDate(2026, 11, 15)))
        overdue += w.overdue ? 1 : 0;
    CHECK(overdue > 0);
}
