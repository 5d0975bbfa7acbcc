// The dues ledger: months owed, arrears, payments and rate changes, with hand-computed amounts.
#include "dues/DuesService.h"
#include "SecurityTestSupport.h"
#include "test_dues_support.h"

#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

struct Ledger
{
    TempWorkspace temp; // today 2026-11-15
    qint64 street = 0;
    qint64 branch = 0;
    DuesService dues{temp.workspace()};

    Ledger()
    {
        street = addDuesOrganisation(temp.db(), QStringLiteral("街道党工委"),
                                     QStringLiteral("street_committee"), 0);
        branch = addDuesOrganisation(temp.db(), QStringLiteral("第一支部"), QStringLiteral("branch"), street);
    }
    qint64 member(const QString& name, Fen income, DuesBasis basis = DuesBasis::InWork,
                  QDate onRoster = {2020, 1, 1})
    {
        const qint64 id = addDuesMember(temp.db(), name, branch, onRoster);
        const ServiceResult set = dues.setBase(id, QDate(2026, 1, 1), basis, income);
        INFO(set.message.toStdString());
        REQUIRE(set.ok());
        return id;
    }
    void pay(qint64 id, int month, Fen amount = -1)
    {
        const ServiceResult paid =
            dues.recordPayment(id, {QDate(2026, month, 1),
                                    amount,
                                    std::min(QDate(2026, month, 20), temp.clock().today()),
                                    PaymentMethod::Cash,
                                    {}});
        INFO(paid.message.toStdString());
        REQUIRE(paid.ok());
    }
    DuesMemberYear year(qint64 id)
    {
        const std::optional<DuesMemberYear> y = dues.ledger().memberYear(id, 2026);
        REQUIRE(y.has_value());
        return *y;
    }
};

} // namespace

TEST_CASE("Each month's dues follow the member's base and basis", "[dues]")
{
    Ledger l;
    const qint64 worker = l.member(QStringLiteral("王工"), 823450);                      // 123.52
    const qint64 retired = l.member(QStringLiteral("李退"), 612345, DuesBasis::Retired); // 61.23
    const qint64 student = l.member(QStringLiteral("赵学"), 0, DuesBasis::FixedMinimum); // 0.20
    const qint64 farmer = l.member(QStringLiteral("钱农"), 50, DuesBasis::Farmer);       // 0.50
    CHECK(l.year(worker).owed[0] == 12352);
    CHECK(l.year(retired).owed[5] == 6123);
    CHECK(l.year(student).owed[10] == 20);
    CHECK(l.year(farmer).owed[3] == 50);
    // December has not come: not owed yet.
    CHECK(l.year(worker).owed[11] == -1);
    CHECK(l.year(worker).yearOwed == 11 * 12352);

    // A raise from August: earlier months keep the old base.
    REQUIRE(l.dues.setBase(worker, QDate(2026, 8, 1), DuesBasis::InWork, 1234567).ok()); // 246.91
    const DuesMemberYear y = l.year(worker);
    CHECK(y.owed[6] == 12352);
    CHECK(y.owed[7] == 24691);
    CHECK(y.yearOwed == 7 * 12352 + 4 * 24691);
}

TEST_CASE("Arrears count the months owed and not paid; a member who left owes up to the month of leaving, "
          "one who transferred in from the month of arrival",
          "[dues]")
{
    Ledger l;
    const qint64 worker = l.member(QStringLiteral("王工"), 823450);
    for (int month : {1, 2, 3})
        l.pay(worker, month);
    DuesMemberYear y = l.year(worker);
    CHECK(y.unpaidMonths == 8); // April to November
    CHECK(y.inRed());
    CHECK(y.yearPaid == 3 * 12352);
    CHECK(y.yearOutstanding == 8 * 12352);

    // Left (transferred out) on 20 August: January to August owed, 14.00 a month.
    const qint64 left = addDuesMember(l.temp.db(), QStringLiteral("孙走"), l.branch, QDate(2019, 3, 1),
                                      QStringLiteral("registered"), QStringLiteral("full"), QDate(2000, 7, 1),
                                      QDate(2026, 8, 20));
    REQUIRE(l.dues.setBase(left, QDate(2026, 1, 1), DuesBasis::InWork, 280000).ok());
    for (int month = 1; month <= 6; ++month)
        l.pay(left, month);
    y = l.year(left);
    CHECK(y.owed[7] == 1400);
    CHECK(y.owed[8] == -1);
    CHECK(y.unpaidMonths == 2); // July and August
    CHECK_FALSE(y.inRed());
    // September is not owed: a payment for it is refused.
    CHECK(l.dues.recordPayment(left, {QDate(2026, 9, 1), -1, QDate(2026, 9, 5), PaymentMethod::Cash, {}})
              .kind == ServiceResult::Kind::Invalid);

    // Transferred in on 10 May with a base from January: May to November owed.
    const qint64 arrived = addDuesMember(l.temp.db(), QStringLiteral("周来"), l.branch, QDate(2026, 5, 10));
    REQUIRE(l.dues.setBase(arrived, QDate(2026, 1, 1), DuesBasis::Retired, 420000).ok()); // 21.00
    y = l.year(arrived);
    CHECK(y.owed[3] == -1);
    CHECK(y.owed[4] == 2100);
    CHECK(y.unpaidMonths == 7);
    CHECK(y.yearOwed == 7 * 2100);

    // In-service members pay where they are registered; applicants pay no dues.
    const qint64 inService = addDuesMember(l.temp.db(), QStringLiteral("吴在职"), l.branch, QDate(2020, 1, 1),
                                           QStringLiteral("in_service"));
    REQUIRE(l.dues.setBase(inService, QDate(2026, 1, 1), DuesBasis::InWork, 500000).ok());
    CHECK_FALSE(l.dues.ledger().memberYear(inService, 2026).has_value());
    const qint64 applicant =
        addDuesMember(l.temp.db(), QStringLiteral("郑申"), l.branch, QDate(2020, 1, 1),
                      QStringLiteral("registered"), QStringLiteral("applicant"), QDate());
    CHECK(l.dues.setBase(applicant, QDate(2026, 1, 1), DuesBasis::InWork, 500000).kind ==
          ServiceResult::Kind::Invalid);

    // worker 8 unpaid, left 2, arrived 7: three in arrears, two of them in red.
    CHECK(l.dues.ledger().countInArrears({l.branch}) == 3);
    CHECK(l.dues.ledger().countInArrears({l.branch}, kDuesArrearsRedAfter) == 2);
    CHECK(l.dues.ledger().members({l.branch}).size() == 3);
    const QList<DuesMember> behind = l.dues.ledger().inArrears({l.branch});
    REQUIRE(behind.size() == 3);
    CHECK(behind[0].memberId == worker); // most months behind first
    CHECK(behind[1].memberId == arrived);
    CHECK(l.dues.ledger().inArrears({l.branch}, 0, 1).size() == 1);
    CHECK(l.dues.ledger().inArrears({l.branch}, kDuesArrearsRedAfter).size() == 2);
}

TEST_CASE("A rate table applies from its month and never rewrites the months before it", "[dues]")
{
    Ledger l;
    l.temp.clock().setToday(QDate(2026, 6, 15));
    const qint64 worker = l.member(QStringLiteral("王工"), 823450);
    l.pay(worker, 6); // 123.52 at the national table

    DuesRateTable flat = DuesRateTable::standard();
    flat.inWork = {{0, 100}}; // 1 % of every income
    flat.validFrom = QDate(2026, 5, 1);
    CHECK(l.dues.addRateTable(flat).kind == ServiceResult::Kind::Invalid); // May has passed
    flat.validFrom = QDate(2026, 7, 1);
    REQUIRE(l.dues.addRateTable(flat, QStringLiteral("试行")).ok());
    CHECK(l.dues.addRateTable(flat).kind == ServiceResult::Kind::Conflict);

    l.temp.clock().setToday(QDate(2026, 11, 15));
    const DuesMemberYear y = l.year(worker);
    for (int month = 0; month < 6; ++month)
        CHECK(y.owed[month] == 12352);
    for (int month = 6; month < 11; ++month)
        CHECK(y.owed[month] == 8235); // 8,234.50 × 1 % = 82.345 → 82.35
    CHECK(y.paid[5]->amount == 12352);
    CHECK(y.yearOwed == 6 * 12352 + 5 * 8235);
    CHECK(l.dues.repository().storedRateTables().size() == 1);
}

TEST_CASE("Rate tables are checked before they are stored", "[dues]")
{
    DuesRateTable t = DuesRateTable::standard();
    t.validFrom = QDate(2027, 1, 1);
    CHECK(DuesService::checkRateTable(t).isEmpty());
    DuesRateTable bounded = t;
    bounded.inWork = {{300000, 50}, {500000, 100}};
    CHECK_FALSE(DuesService::checkRateTable(bounded).isEmpty());
    DuesRateTable descending = t;
    descending.retired = {{500000, 50}, {400000, 80}, {0, 100}};
    CHECK_FALSE(DuesService::checkRateTable(descending).isEmpty());
    DuesRateTable tooMuch = t;
    tooMuch.inWork = {{0, 10001}};
    CHECK_FALSE(DuesService::checkRateTable(tooMuch).isEmpty());
    DuesRateTable farmers = t;
    farmers.farmerLowest = 100;
    farmers.farmerHighest = 20;
    CHECK(DuesService::checkRateTable(farmers).first().field == QStringLiteral("farmer"));
}

TEST_CASE(
    "Payments: amount by default, one per month, none ahead, partial ones shown, 补缴 and deletion audited",
    "[dues]")
{
    Ledger l;
    const qint64 worker = l.member(QStringLiteral("王工"), 456789); // 45.68
    const int before = l.temp.workspace().audit().count(QStringLiteral("dues.payment"));
    l.pay(worker, 1);
    CHECK(l.year(worker).paid[0]->amount == 4568);
    CHECK(l.year(worker).paid[0]->orgId == l.branch);
    CHECK(l.temp.workspace().audit().count(QStringLiteral("dues.payment")) == before + 1);

    const auto attempt = [&](QDate month, Fen amount, QDate paidOn) {
        return l.dues.recordPayment(worker,
                                    {month, amount, paidOn, PaymentMethod::WeChat, QStringLiteral("R1")});
    };
    CHECK(attempt(QDate(2026, 1, 1), -1, QDate(2026, 2, 1)).kind == ServiceResult::Kind::Conflict);
    CHECK(attempt(QDate(2026, 12, 1), -1, QDate(2026, 11, 15)).field == QStringLiteral("month"));
    CHECK(attempt(QDate(2026, 2, 1), -1, QDate(2026, 11, 16)).field == QStringLiteral("paidOn"));
    CHECK(attempt(QDate(2025, 12, 1), -1, QDate(2026, 1, 5)).field ==
          QStringLiteral("month")); // before the base

    // A partial payment: the month counts as paid, the difference shows.
    REQUIRE(attempt(QDate(2026, 2, 1), 3000, QDate(2026, 2, 10)).ok());
    DuesMemberYear y = l.year(worker);
    CHECK(y.paid[1]->amount == 3000);
    CHECK(y.owed[1] - y.paid[1]->amount == 1568);
    CHECK(y.unpaidMonths == 9); // March to November

    // 补缴 of March to May in one go, each at its own dues.
    REQUIRE(l.dues
                .recordPayments(worker, {QDate(2026, 3, 1), QDate(2026, 4, 1), QDate(2026, 5, 1)},
                                QDate(2026, 6, 2), PaymentMethod::Alipay, QStringLiteral("R2"))
                .ok());
    y = l.year(worker);
    CHECK(y.unpaidMonths == 6);
    CHECK(y.yearPaid == 4568 + 3000 + 3 * 4568);
    // One of the months already paid: nothing of the batch is written.
    CHECK(l.dues
              .recordPayments(worker, {QDate(2026, 6, 1), QDate(2026, 5, 1)}, QDate(2026, 7, 1),
                              PaymentMethod::Cash, {})
              .kind == ServiceResult::Kind::Conflict);
    CHECK_FALSE(l.year(worker).paid[5].has_value());

    // A payment recorded by mistake is deleted, and the month is unpaid again.
    const int deletions = l.temp.workspace().audit().count(QStringLiteral("dues.payment.delete"));
    REQUIRE(l.dues.deletePayment(worker, QDate(2026, 4, 1)).ok());
    CHECK(l.year(worker).unpaidMonths == 7);
    CHECK(l.temp.workspace().audit().count(QStringLiteral("dues.payment.delete")) == deletions + 1);
    CHECK(l.dues.deletePayment(worker, QDate(2026, 4, 1)).kind == ServiceResult::Kind::Conflict);
}

TEST_CASE("Bases are validated: month, income, farmers' range", "[dues]")
{
    Ledger l;
    const qint64 id =
        addDuesMember(l.temp.db(), QStringLiteral("冯新"), l.branch, QDate(2020, 1, 1),
                      QStringLiteral("registered"), QStringLiteral("probationary"), QDate(2026, 3, 8));
    CHECK(l.dues.setBase(id, QDate(2026, 2, 1), DuesBasis::InWork, 100000).field == QStringLiteral("month"));
    CHECK(l.dues.setBase(id, QDate(2028, 1, 1), DuesBasis::InWork, 100000).field == QStringLiteral("month"));
    CHECK(l.dues.setBase(id, QDate(2026, 3, 1), DuesBasis::InWork, -1).field == QStringLiteral("income"));
    CHECK(l.dues.setBase(id, QDate(2026, 3, 1), DuesBasis::Farmer, 101).field == QStringLiteral("income"));
    CHECK(l.dues.setBase(id, QDate(2026, 3, 1), DuesBasis::Farmer, 100).ok());
    const int audited = l.temp.workspace().audit().count(QStringLiteral("dues.base"));
    REQUIRE(l.dues.setBase(id, QDate(2026, 3, 1), DuesBasis::InWork, 100000).ok()); // replaces
    CHECK(l.dues.repository().bases(id).size() == 1);
    CHECK(l.temp.workspace().audit().count(QStringLiteral("dues.base")) == audited + 1);
    CHECK(l.year(id).owed[2] == 500); // 1,000 × 0.5 %
    CHECK(l.year(id).owed[1] == -1);
}

TEST_CASE("Dues writes are refused to a viewer", "[dues]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    const qint64 id = addDuesMember(temp.db(), QStringLiteral("陈阅"), branch, QDate(2020, 1, 1));
    addStaff(ws);
    signInAs(ws, Staff::viewer);
    DuesService dues(ws);
    CHECK(dues.setBase(id, QDate(2026, 1, 1), DuesBasis::InWork, 100000).kind ==
          ServiceResult::Kind::Refused);
    CHECK(dues.repository().bases(id).isEmpty());
}

TEST_CASE("Yearly totals per branch: members by branch now, Party groups in their branch, payments by the "
          "collecting branch",
          "[dues]")
{
    Ledger l;
    const qint64 group = addDuesOrganisation(l.temp.db(), QStringLiteral("第一党小组"),
                                             QStringLiteral("party_group"), l.branch);
    const qint64 second =
        addDuesOrganisation(l.temp.db(), QStringLiteral("第二支部"), QStringLiteral("branch"), l.street);
    const qint64 a = l.member(QStringLiteral("甲"), 280000); // 14.00 × 11 = 154.00
    const qint64 b = addDuesMember(l.temp.db(), QStringLiteral("乙"), group, QDate(2020, 1, 1));
    REQUIRE(l.dues.setBase(b, QDate(2026, 1, 1), DuesBasis::FixedMinimum, 0).ok()); // 0.20 × 11 = 2.20
    const qint64 c = addDuesMember(l.temp.db(), QStringLiteral("丙"), second, QDate(2020, 1, 1));
    REQUIRE(l.dues.setBase(c, QDate(2026, 7, 1), DuesBasis::Retired, 420000).ok()); // 21.00 × 5 = 105.00
    l.pay(a, 1);
    l.pay(a, 2, 1000); // partial: counts as paid
    l.pay(b, 1);
    l.pay(c, 7);
    // A payment of another year stays out.
    REQUIRE(l.dues.setBase(a, QDate(2025, 12, 1), DuesBasis::InWork, 280000).ok());
    l.dues.recordPayment(a, {QDate(2025, 12, 1), -1, QDate(2025, 12, 20), PaymentMethod::Cash, {}});

    QList<Organisation> orgs = l.temp.workspace().organisations().all();
    const QList<BranchDuesTotals> totals = l.dues.ledger().branchTotals(orgs, l.street, 2026);
    REQUIRE(totals.size() == 2);
    const BranchDuesTotals first = totals[0].branchId == l.branch ? totals[0] : totals[1];
    const BranchDuesTotals other = totals[0].branchId == l.branch ? totals[1] : totals[0];
    CHECK(first.members == 2);
    CHECK(first.owed == 11 * 1400 + 11 * 20);
    CHECK(first.paid == 1400 + 1000 + 20);
    CHECK(first.outstanding == 9 * 1400 + 10 * 20);
    CHECK(other.members == 1);
    CHECK(other.owed == 5 * 2100);
    CHECK(other.paid == 2100);
    CHECK(other.outstanding == 4 * 2100);

    // The same figures as the ledger of the branch, member by member.
    Fen owed = 0, outstanding = 0;
    for (const DuesMemberYear& y : l.dues.ledger().year({l.branch, group}, 2026)) {
        owed += y.yearOwed;
        outstanding += y.yearOutstanding;
    }
    CHECK(owed == first.owed);
    CHECK(outstanding == first.outstanding);
}

TEST_CASE(
    "The community demo has every basis, payments for most months, a few members in arrears and one in red",
    "[dues]")
{
    TempWorkspace temp(true);
    DuesService dues(temp.workspace());
    const QList<DuesMember> members = dues.ledger().members({});
    CHECK(members.size() > 200);
    int inArrears = 0, inRed = 0;
    for (const DuesMember& m : members) {
        inArrears += m.unpaidMonths > 0 ? 1 : 0;
        inRed += m.inRed() ? 1 : 0;
    }
    CHECK(inArrears >= 3);
    CHECK(inArrears < members.size() / 4);
    CHECK(inRed >= 1);
    CHECK(dues.ledger().countInArrears({}) == inArrears);
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT basis), min(valid_from) FROM dues_base")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    CHECK(q.value(1).toString() == QStringLiteral("2025-01"));
    // The demo's amounts are the ledger's: a paid month's payment equals its dues.
    const QList<DuesMemberYear> year = dues.ledger().year({}, 2026);
    int equal = 0, paid = 0;
    for (const DuesMemberYear& y : year)
        for (int i = 0; i < 12; ++i)
            if (y.paid[i]) {
                ++paid;
                equal += y.paid[i]->amount == y.owed[i] ? 1 : 0;
            }
    CHECK(paid > 1000);
    CHECK(equal == paid);
}
