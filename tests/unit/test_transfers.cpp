// Transfers of membership (组织关系转接): each service call and its refusals, with hand-made dates.
#include "SecurityTestSupport.h"
#include "TestSupport.h"
#include "transfers/TransferService.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A street committee with two branches and a Party group of the first.
struct Tree
{
    qint64 street = 0;
    qint64 branchA = 0;
    qint64 branchB = 0;
    qint64 groupOfA = 0;
};

qint64 addOrg(Workspace& ws, const QString& name, OrgType type, qint64 parent)
{
    Organisation org;
    org.name = name;
    org.type = type;
    org.parentId = parent;
    const ServiceResult saved = ws.organisationService().saveOrganisation(org);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    return saved.id;
}

Tree addTree(Workspace& ws)
{
    Tree t;
    t.street = addOrg(ws, QStringLiteral("测试街道党工委"), OrgType::StreetCommittee, 0);
    t.branchA = addOrg(ws, QStringLiteral("甲支部"), OrgType::Branch, t.street);
    t.branchB = addOrg(ws, QStringLiteral("乙支部"), OrgType::Branch, t.street);
    t.groupOfA = addOrg(ws, QStringLiteral("甲支部第一党小组"), OrgType::PartyGroup, t.branchA);
    return t;
}

// An ID number with its check character (GB 11643-1999).
QString withCheck(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

// A full member born 1980 (male), joined 2005, for `branch`.
Member newcomer(qint64 branch, const QString& name = QStringLiteral("李转入"))
{
    Member m;
    m.name = name;
    m.sex = Sex::Male;
    m.ethnicity = QStringLiteral("汉族");
    m.idNumber = withCheck(QStringLiteral("11010519800101123"));
    m.birthDate = QDate(1980, 1, 1);
    m.orgId = branch;
    m.status = MemberStatus::Full;
    m.appliedOn = QDate(2003, 3, 1);
    m.activistOn = QDate(2003, 9, 1);
    m.candidateOn = QDate(2004, 9, 1);
    m.joinedOn = QDate(2005, 7, 1);
    m.fullOn = QDate(2006, 7, 1);
    return m;
}

int transferRows(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM transfer")) && q.next() ? q.value(0).toInt() : -1;
}

bool hasEvent(Workspace& ws, qint64 memberId, const QString& kind, QDate date)
{
    for (const MemberEvent& e : ws.members().events(memberId))
        if (e.kind == kind && e.date == date)
            return true;
    return false;
}

bool lists(const QList<ExpectedMember>& expected, qint64 memberId)
{
    for (const ExpectedMember& e : expected)
        if (e.memberId == memberId)
            return true;
    return false;
}

// Member `n` (a full member born 1950-01-01) joins the roster of `branch` on `day` (the clock's day
// when saved).
qint64 addMemberOn(TempWorkspace& temp, qint64 branch, QDate day, int n = 0)
{
    temp.clock().setToday(day);
    Member m = longStandingMember(branch);
    m.name = QStringLiteral("党员%1").arg(n);
    m.idNumber = withCheck(QStringLiteral("11010519500101%1").arg(100 + n));
    m.birthDate = QDate(1950, 1, 1);
    m.sex = n % 2 ? Sex::Male : Sex::Female;
    const ServiceResult saved = temp.workspace().memberService().save(m);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    return saved.id;
}

// Two members of branch A on the roster since 2026-01-10 (党员0, 党员1), then the clock moved on to
// `today`: the ones who transfer in most cases.
std::pair<qint64, qint64> addTwoMembers(TempWorkspace& temp, const Tree& tree, QDate today)
{
    const qint64 first = addMemberOn(temp, tree.branchA, QDate(2026, 1, 10));
    const qint64 second = addMemberOn(temp, tree.branchA, QDate(2026, 1, 10), 1);
    temp.clock().setToday(today);
    return {first, second};
}

} // namespace

TEST_CASE(
    "A transfer out takes the member off the roster on its date, with a transfer row and an audit entry",
    "[transfers]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    const qint64 member = addMemberOn(temp, tree.branchA, QDate(2026, 1, 10));
    temp.clock().setToday(QDate(2026, 6, 1));
    TransferService service = transferService(ws);

    SECTION("refusals write nothing")
    {
        const auto out = [&](QDate date, const QString& to) {
            return service.transferOut(member, date, to, QStringLiteral("2026-015"));
        };
        const ServiceResult future = out(QDate(2026, 6, 2), QStringLiteral("外省某支部"));
        CHECK(future.kind == ServiceResult::Kind::Invalid);
        CHECK(future.field == TransferField::date);
        const ServiceResult beforeRoster = out(QDate(2026, 1, 9), QStringLiteral("外省某支部"));
        CHECK(beforeRoster.field == TransferField::date);
        CHECK(beforeRoster.message.contains(QStringLiteral("2026-01-10")));
        CHECK(out(QDate(), QStringLiteral("外省某支部")).field == TransferField::date);
        const ServiceResult nowhere = out(QDate(2026, 5, 20), QStringLiteral("   "));
        CHECK(nowhere.field == TransferField::counterpart);
        CHECK(service.transferOut(999, QDate(2026, 5, 20), QStringLiteral("外省"), {}).field ==
              TransferField::member);
        // Not a Party member; registered elsewhere (在职党员).
        Member activist = ws.members().get(member);
        activist.status = MemberStatus::Activist;
        activist.candidateOn = activist.joinedOn = activist.fullOn = QDate();
        REQUIRE(ws.memberService().save(activist).ok());
        CHECK(out(QDate(2026, 5, 20), QStringLiteral("外省")).field == TransferField::member);
        Member inService = longStandingMember(tree.branchA);
        inService.category = MemberCategory::InService;
        inService.workUnit = QStringLiteral("市直机关某局");
        inService.reportedOn = QDate(2026, 2, 1);
        const ServiceResult reported = ws.memberService().save(inService);
        INFO(reported.message.toStdString());
        REQUIRE(reported.ok());
        CHECK(service.transferOut(reported.id, QDate(2026, 5, 20), QStringLiteral("外省"), {}).field ==
              TransferField::member);
        CHECK(transferRows(temp.db()) == 0);
        CHECK_FALSE(ws.members().get(member).hasLeft());
        CHECK(ws.audit().count(QStringLiteral("transfer.out")) == 0);
    }

    SECTION("the transfer and a second one refused")
    {
        // The day the member joined the roster is allowed.
        const ServiceResult done =
            service.transferOut(member, QDate(2026, 5, 20), QStringLiteral(" 外省某街道党工委 "),
                                QStringLiteral("2026-015"), QStringLiteral("随子女迁居"));
        INFO(done.message.toStdString());
        REQUIRE(done.ok());
        const Member left = ws.members().get(member);
        CHECK(left.leftOn == QDate(2026, 5, 20));
        CHECK(left.leaveKind == LeaveKind::TransferOut);
        CHECK(left.leaveReason.contains(QStringLiteral("外省某街道党工委")));
        CHECK(hasEvent(ws, member, QStringLiteral("left"), QDate(2026, 5, 20)));
        const Transfer t = service.transfers().get(done.id);
        CHECK(t.direction == TransferDirection::Out);
        CHECK(t.memberId == member);
        CHECK(t.date == QDate(2026, 5, 20));
        CHECK(t.fromOrgId == tree.branchA);
        CHECK(t.toOrgId == 0);
        CHECK(t.counterpart == QStringLiteral("外省某街道党工委"));
        CHECK(t.letterNo == QStringLiteral("2026-015"));
        CHECK(t.notes == QStringLiteral("随子女迁居"));
        CHECK_FALSE(t.receiptOn.isValid());
        CHECK(ws.audit().count(QStringLiteral("transfer.out")) == 1);
        CHECK(ws.audit().count(QStringLiteral("member.leave")) == 1);

        const ServiceResult again =
            service.transferOut(member, QDate(2026, 5, 30), QStringLiteral("别处"), {});
        CHECK(again.kind == ServiceResult::Kind::Conflict);
        CHECK(again.message.contains(QStringLiteral("2026-05-20")));
        CHECK(transferRows(temp.db()) == 1);
    }
}

TEST_CASE("A receipt comes back on or after the transfer and not in the future", "[transfers]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    const auto [member, mover] = addTwoMembers(temp, tree, QDate(2026, 6, 1));
    TransferService service = transferService(ws);
    const ServiceResult out = service.transferOut(member, QDate(2026, 3, 2), QStringLiteral("外区"), {});
    REQUIRE(out.ok());

    CHECK(service.recordReceipt(out.id, QDate(2026, 3, 1)).field == TransferField::receiptOn);
    CHECK(service.recordReceipt(out.id, QDate(2026, 6, 2)).field == TransferField::receiptOn);
    CHECK(service.recordReceipt(out.id, QDate()).field == TransferField::receiptOn);
    CHECK(service.recordReceipt(4242, QDate(2026, 4, 1)).kind == ServiceResult::Kind::Conflict);
    CHECK_FALSE(service.transfers().get(out.id).receiptOn.isValid());

    REQUIRE(service.recordReceipt(out.id, QDate(2026, 3, 2)).ok()); // the same day
    CHECK(service.transfers().get(out.id).receiptOn == QDate(2026, 3, 2));
    REQUIRE(service.recordReceipt(out.id, QDate(2026, 4, 10)).ok()); // corrected
    CHECK(service.transfers().get(out.id).receiptOn == QDate(2026, 4, 10));
    CHECK(ws.audit().count(QStringLiteral("transfer.receipt")) == 2);

    // A move within the workspace has no receipt.
    const ServiceResult within = service.moveWithin(mover, tree.branchB, QDate(2026, 4, 1));
    REQUIRE(within.ok());
    CHECK(service.recordReceipt(within.id, QDate(2026, 5, 1)).kind == ServiceResult::Kind::Invalid);
}

TEST_CASE("A transfer in creates the member in the branch from its date", "[transfers]")
{
    TempWorkspace temp(false, QDate(2026, 6, 1));
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    TransferService service = transferService(ws);

    SECTION("refusals: every field's problem at once, nothing written")
    {
        Member nameless = newcomer(tree.branchB, QString());
        const ServiceResult r =
            service.transferIn(nameless, QDate(2026, 6, 2), QStringLiteral(" "), QStringLiteral("L-9"));
        CHECK(r.kind == ServiceResult::Kind::Invalid);
        CHECK_FALSE(messageFor(r.errors, MemberField::name).isEmpty());
        CHECK_FALSE(messageFor(r.errors, TransferField::date).isEmpty());
        CHECK_FALSE(messageFor(r.errors, TransferField::counterpart).isEmpty());
        // A street committee holds no members.
        const ServiceResult street =
            service.transferIn(newcomer(tree.street), QDate(2026, 3, 1), QStringLiteral("外区"), {});
        CHECK_FALSE(messageFor(street.errors, MemberField::org).isEmpty());
        // Joined the Party after the transfer date.
        Member late = newcomer(tree.branchB);
        const ServiceResult early = service.transferIn(late, QDate(2005, 6, 30), QStringLiteral("外区"), {});
        CHECK_FALSE(messageFor(early.errors, TransferField::date).isEmpty());
        // Only Party members transfer their membership.
        Member applicant = newcomer(tree.branchB);
        applicant.status = MemberStatus::Applicant;
        applicant.activistOn = applicant.candidateOn = applicant.joinedOn = applicant.fullOn = QDate();
        const ServiceResult notMember =
            service.transferIn(applicant, QDate(2026, 3, 1), QStringLiteral("外区"), {});
        CHECK_FALSE(messageFor(notMember.errors, MemberField::status).isEmpty());
        CHECK(transferRows(temp.db()) == 0);
        CHECK(ws.members().roster().empty());
    }

    SECTION("the member arrives")
    {
        qint64 memberId = 0;
        const ServiceResult in =
            service.transferIn(newcomer(tree.branchB), QDate(2026, 3, 1), QStringLiteral("某区某街道党工委"),
                               QStringLiteral("L-9"), {}, &memberId);
        INFO(in.message.toStdString());
        REQUIRE(in.ok());
        REQUIRE(memberId > 0);
        const Member m = ws.members().get(memberId);
        CHECK(m.name == QStringLiteral("李转入"));
        CHECK(m.orgId == tree.branchB);
        CHECK_FALSE(m.hasLeft());
        CHECK(hasEvent(ws, memberId, QStringLiteral("joined_roster"), QDate(2026, 3, 1)));
        const Transfer t = service.transfers().get(in.id);
        CHECK(t.direction == TransferDirection::In);
        CHECK(t.memberId == memberId);
        CHECK(t.fromOrgId == 0);
        CHECK(t.toOrgId == tree.branchB);
        CHECK(t.counterpart == QStringLiteral("某区某街道党工委"));
        CHECK(t.letterNo == QStringLiteral("L-9"));
        CHECK(ws.audit().count(QStringLiteral("transfer.in")) == 1);
        CHECK(ws.audit().count(QStringLiteral("member.add")) == 1);
        // Expected at the branch's meetings from the date on, not before.
        CHECK_FALSE(lists(ws.meetings().expectedMembers(tree.branchB, QDate(2026, 2, 28)), memberId));
        CHECK(lists(ws.meetings().expectedMembers(tree.branchB, QDate(2026, 3, 1)), memberId));

        // The same person again is a duplicate ID number.
        const ServiceResult twice =
            service.transferIn(newcomer(tree.branchA), QDate(2026, 3, 2), QStringLiteral("外区"), {});
        CHECK_FALSE(twice.ok());
        CHECK_FALSE(messageFor(twice.errors, MemberField::idNumber).isEmpty());
        CHECK(transferRows(temp.db()) == 1);
    }
}

TEST_CASE("A move between branches is one dated action; same branch, non-branches and leavers are refused",
          "[transfers]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    const auto [member, leaver] = addTwoMembers(temp, tree, QDate(2026, 6, 1));
    TransferService service = transferService(ws);
    REQUIRE(ws.memberService().recordLeaving(leaver, QDate(2026, 2, 1), LeaveKind::Death, {}).ok());

    CHECK(service.moveWithin(member, tree.branchA, QDate(2026, 4, 1)).field == TransferField::toOrg);
    CHECK(service.moveWithin(member, tree.groupOfA, QDate(2026, 4, 1)).field == TransferField::toOrg);
    CHECK(service.moveWithin(member, tree.street, QDate(2026, 4, 1)).field == TransferField::toOrg);
    CHECK(service.moveWithin(member, 9999, QDate(2026, 4, 1)).field == TransferField::toOrg);
    CHECK(service.moveWithin(leaver, tree.branchB, QDate(2026, 4, 1)).kind == ServiceResult::Kind::Conflict);
    CHECK(service.moveWithin(member, tree.branchB, QDate(2026, 6, 2)).field == TransferField::date);
    CHECK(service.moveWithin(member, tree.branchB, QDate(2026, 1, 9)).field == TransferField::date);
    CHECK(transferRows(temp.db()) == 0);
    CHECK(ws.members().get(member).orgId == tree.branchA);

    const ServiceResult moved =
        service.moveWithin(member, tree.branchB, QDate(2026, 4, 1), QStringLiteral("搬家"));
    INFO(moved.message.toStdString());
    REQUIRE(moved.ok());
    CHECK(ws.members().get(member).orgId == tree.branchB);
    CHECK(hasEvent(ws, member, QStringLiteral("transfer"), QDate(2026, 4, 1)));
    const Transfer t = service.transfers().get(moved.id);
    CHECK(t.direction == TransferDirection::Within);
    CHECK(t.fromOrgId == tree.branchA);
    CHECK(t.toOrgId == tree.branchB);
    CHECK(t.notes == QStringLiteral("搬家"));
    CHECK(ws.audit().count(QStringLiteral("transfer.within")) == 1);

    // Into a Party group of another branch; not earlier than the last move.
    CHECK(service.moveWithin(member, tree.groupOfA, QDate(2026, 3, 31)).field == TransferField::date);
    REQUIRE(service.moveWithin(member, tree.groupOfA, QDate(2026, 4, 1)).ok());
    CHECK(ws.members().get(member).orgId == tree.groupOfA);
}

TEST_CASE("Transfers move who is expected at meetings: out on D, within on D", "[transfers][attendance]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    MeetingRepository& meetings = ws.meetings();
    const Tree tree = addTree(ws);
    const auto [leaving, mover] = addTwoMembers(temp, tree, QDate(2026, 6, 30));
    TransferService service = transferService(ws);
    const QDate d(2026, 6, 1);
    REQUIRE(service.transferOut(leaving, d, QStringLiteral("外省"), {}).ok());
    REQUIRE(service.moveWithin(mover, tree.branchB, d).ok());

    // Transferred out on D: expected the day before, not on D nor after.
    CHECK(lists(meetings.expectedMembers(tree.branchA, d.addDays(-1)), leaving));
    CHECK_FALSE(lists(meetings.expectedMembers(tree.branchA, d), leaving));
    CHECK_FALSE(lists(meetings.expectedMembers(tree.branchA, d.addDays(14)), leaving));
    // Moved on D: the old branch before, the new one from D on.
    CHECK(lists(meetings.expectedMembers(tree.branchA, d.addDays(-1)), mover));
    CHECK_FALSE(lists(meetings.expectedMembers(tree.branchB, d.addDays(-1)), mover));
    CHECK_FALSE(lists(meetings.expectedMembers(tree.branchA, d), mover));
    CHECK(lists(meetings.expectedMembers(tree.branchB, d), mover));

    // A meeting of the old branch held before D keeps both on its sheet; one after D has neither.
    Meeting before;
    before.orgId = tree.branchA;
    before.kind = MeetingKind::Committee;
    before.heldOn = QDate(2026, 5, 20);
    const QList<AttendanceRecord> present = {{leaving, AttendanceStatus::Present, {}},
                                             {mover, AttendanceStatus::Present, {}}};
    REQUIRE(meetings.saveMeeting(before, &present).ok());
    CHECK(tally(meetings.attendanceSheet(before.id)).present == 2);
    Meeting after = before;
    after.id = 0;
    after.heldOn = QDate(2026, 6, 20);
    REQUIRE(meetings.saveMeeting(after, &present).ok());
    CHECK(meetings.attendanceSheet(after.id).isEmpty());
}

TEST_CASE("Waiting receipts: out without a receipt three calendar months on, oldest first", "[transfers]")
{
    // The boundary by hand: on 2026-11-15 a transfer of 2026-08-15 is due, one of 2026-08-16 not yet.
    CHECK(receiptOverdueCutoff(QDate(2026, 11, 15)) == QDate(2026, 8, 15));
    CHECK(receiptOverdueCutoff(QDate(2026, 5, 31)) == QDate(2026, 2, 28)); // calendar months
    Transfer t;
    t.direction = TransferDirection::Out;
    t.date = QDate(2026, 8, 15);
    CHECK_FALSE(receiptOverdue(t, QDate(2026, 11, 14))); // the day before
    CHECK(receiptOverdue(t, QDate(2026, 11, 15)));
    CHECK(receiptOverdue(t, QDate(2026, 11, 16))); // the day after
    t.receiptOn = QDate(2026, 9, 1);
    CHECK_FALSE(receiptOverdue(t, QDate(2026, 11, 16)));

    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        Member m = longStandingMember(tree.branchA);
        m.name = QStringLiteral("转出%1").arg(i);
        m.idNumber = withCheck(QStringLiteral("11010519500101%1").arg(300 + i));
        m.birthDate = QDate(1950, 1, 1);
        m.sex = i % 2 ? Sex::Male : Sex::Female;
        temp.clock().setToday(QDate(2026, 1, 2));
        const ServiceResult saved = ws.memberService().save(m);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        ids << saved.id;
    }
    temp.clock().setToday(QDate(2026, 11, 15));
    TransferService service = transferService(ws);
    const QList<QDate> dates = {QDate(2026, 8, 15), QDate(2026, 8, 16), QDate(2026, 7, 1), QDate(2026, 5, 1),
                                QDate(2026, 11, 1)};
    QList<qint64> transfers;
    for (int i = 0; i < 5; ++i) {
        const ServiceResult out = service.transferOut(ids[i], dates[i], QStringLiteral("外地"), {});
        REQUIRE(out.ok());
        transfers << out.id;
    }
    REQUIRE(service.recordReceipt(transfers[3], QDate(2026, 6, 1)).ok()); // 5-01, receipt came back

    const QList<Transfer> waiting = service.transfers().waitingReceipts(QDate(2026, 11, 15));
    REQUIRE(waiting.size() == 2);
    CHECK(waiting[0].date == QDate(2026, 7, 1)); // oldest first
    CHECK(waiting[1].date == QDate(2026, 8, 15));
    CHECK(service.transfers().waitingReceiptCount(QDate(2026, 11, 15)) == 2);
    CHECK(service.transfers().waitingReceiptCount(QDate(2026, 11, 14)) == 1);
    CHECK(service.transfers().waitingReceiptCount(QDate(2026, 11, 16)) == 3);
    // By part of the tree: branch B has none.
    CHECK(service.transfers().waitingReceipts(QDate(2026, 11, 15), QSet<qint64>{tree.branchB}).isEmpty());
    CHECK(service.transfers().waitingReceipts(QDate(2026, 11, 15), QSet<qint64>{tree.branchA}).size() == 2);

    // The list's filters: direction and year.
    TransferQuery query;
    query.direction = TransferDirection::Out;
    query.year = 2026;
    CHECK(service.transfers().list(query).size() == 5);
    query.year = 2025;
    CHECK(service.transfers().list(query).isEmpty());
    query = {};
    query.direction = TransferDirection::Within;
    CHECK(service.transfers().list(query).isEmpty());
}

TEST_CASE("Transfers need the right to edit members", "[transfers][security]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const Tree tree = addTree(ws);
    const qint64 member = addMemberOn(temp, tree.branchA, QDate(2026, 1, 10));
    temp.clock().setToday(QDate(2026, 6, 1));
    addStaff(ws);
    signInAs(ws, Staff::viewer);
    TransferService service = transferService(ws);
    CHECK(service.transferOut(member, QDate(2026, 5, 1), QStringLiteral("外省"), {}).kind ==
          ServiceResult::Kind::Refused);
    CHECK(service.moveWithin(member, tree.branchB, QDate(2026, 5, 1)).kind == ServiceResult::Kind::Refused);
    CHECK(service.transferIn(newcomer(tree.branchB), QDate(2026, 5, 1), QStringLiteral("外区"), {}).kind ==
          ServiceResult::Kind::Refused);
    CHECK(transferRows(temp.db()) == 0);
}

TEST_CASE("A transfer entered by mistake is taken back while nothing changed since", "[transfers]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    MeetingRepository& meetings = ws.meetings();
    const Tree tree = addTree(ws);
    const auto [leaving, mover] = addTwoMembers(temp, tree, QDate(2026, 6, 30));
    TransferService service = transferService(ws);
    const QDate d(2026, 6, 1);
    const ServiceResult out = service.transferOut(leaving, d, QStringLiteral("外省"), QStringLiteral("7"));
    const ServiceResult within = service.moveWithin(mover, tree.branchB, d);
    REQUIRE((out.ok() && within.ok()));
    qint64 newcomerId = 0;
    const ServiceResult in =
        service.transferIn(newcomer(tree.branchB), d, QStringLiteral("外区"), {}, {}, &newcomerId);
    REQUIRE(in.ok());

    // Out: back on the roster, expected again after the date; the row goes, the history stays.
    REQUIRE(service.cancelTransfer(out.id).ok());
    CHECK_FALSE(ws.members().get(leaving).hasLeft());
    CHECK(service.transfers().get(out.id).id == 0);
    CHECK(lists(meetings.expectedMembers(tree.branchA, d.addDays(10)), leaving));
    CHECK(hasEvent(ws, leaving, QStringLiteral("leaving_reversed"), d));
    CHECK(service.cancelTransfer(out.id).kind == ServiceResult::Kind::Conflict); // gone

    // Within: back in the old branch from the date on; before it, in the old branch as ever.
    REQUIRE(service.cancelTransfer(within.id).ok());
    CHECK(ws.members().get(mover).orgId == tree.branchA);
    CHECK(lists(meetings.expectedMembers(tree.branchA, d.addDays(-1)), mover));
    CHECK(lists(meetings.expectedMembers(tree.branchA, d.addDays(10)), mover));
    CHECK_FALSE(lists(meetings.expectedMembers(tree.branchB, d.addDays(10)), mover));
    CHECK(ws.audit().count(QStringLiteral("transfer.cancel")) == 2);

    // In: refused (the member entered by mistake is deleted in the roster instead).
    CHECK(service.cancelTransfer(in.id).kind == ServiceResult::Kind::Refused);
    CHECK(service.transfers().get(in.id).id == in.id);

    // Changed since: a later move cannot be taken back by cancelling the earlier one.
    const ServiceResult first = service.moveWithin(mover, tree.branchB, QDate(2026, 6, 10));
    REQUIRE(first.ok());
    REQUIRE(service.moveWithin(mover, tree.groupOfA, QDate(2026, 6, 20)).ok());
    CHECK(service.cancelTransfer(first.id).kind == ServiceResult::Kind::Conflict);
    CHECK(ws.members().get(mover).orgId == tree.groupOfA);
}
