#pragma once

#include "domain/Clock.h"
#include "domain/Organisation.h"
#include "DuesRecords.h"

#include <array>
#include <optional>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace partydesk {

// Arrears are shown in red when more than this many months are unpaid.
constexpr int kDuesArrearsRedAfter = 6;

// A member who pays dues here, and the months owed (the rule, written once as SQL):
//  - a Party member (正式 + 预备) whose category is registered or floating out (in-service and
//    floating-in members pay where they are registered);
//  - from the latest of: the first month with a dues base, the month of joining the Party
//    (joined_on), the month of joining this community's roster (the first "joined_roster" event);
//  - through the current month (the clock), or the month of leaving (a transfer out included) when
//    that is earlier: the month of leaving is still owed.
// The category and status are those on the record now.
// A month counts as paid when a payment is recorded for it (even one smaller than the dues: the
// ledger shows the difference, and the yearly "outstanding" counts only months with no payment).
struct DuesMember
{
    qint64 memberId = 0;
    QString name;
    qint64 orgId = 0;
    QDate firstMonth; // invalid: no base yet
    QDate lastMonth;
    int unpaidMonths = 0; // months owed with no payment, over the whole period
    bool owes(QDate month) const { return firstMonth.isValid() && month >= firstMonth && month <= lastMonth; }
    bool inRed() const { return unpaidMonths > kDuesArrearsRedAfter; }
};

// A member's year in the ledger: each month's dues and payment.
struct DuesMemberYear : DuesMember
{
    int year = 0;
    QList<DuesBase> bases;
    std::array<Fen, 12> owed{};                      // -1: not owed that month
    std::array<std::optional<DuesPayment>, 12> paid; // the payment recorded for the month
    Fen yearOwed = 0;
    Fen yearPaid = 0;
    Fen yearOutstanding = 0; // dues of the months owed so far this year with no payment
    // The base in force in `month`, or nullptr.
    const DuesBase* baseFor(QDate month) const;
};

struct BranchDuesTotals
{
    qint64 branchId = 0;
    int members = 0; // paying dues here at some month of the year
    Fen owed = 0;
    Fen paid = 0;        // collected by the branch for months of the year
    Fen outstanding = 0; // dues of the months owed with no payment
};

// The ledger read from the workspace. Members are selected by their organisation now (a branch or
// its Party groups): give the organisation ids; an empty set selects every member.
class DuesLedger
{
public:
    DuesLedger(QSqlDatabase db, const Clock& clock) : m_db(std::move(db)), m_clock(clock) {}
    QDate currentMonth() const { return firstOfMonth(m_clock.today()); }

    // Members paying here at some time, with their period and unpaid months, by name.
    QList<DuesMember> members(const QSet<qint64>& orgIds, bool* ok = nullptr) const;
    std::optional<DuesMember> member(qint64 memberId) const;
    // Those with more than `moreThan` unpaid months (the home page: 0, the red ones: 6), in SQL.
    // The current month counts as unpaid until a payment is recorded for it.
    int countInArrears(const QSet<qint64>& orgIds, int moreThan = 0) const;
    // The same members, most months behind first, at most `limit` (0: all) — the home page's list.
    // `total`, when given, receives how many there are in all, from the same query.
    QList<DuesMember> inArrears(const QSet<qint64>& orgIds, int moreThan = 0, int limit = 0,
                                int* total = nullptr) const;

    // The members paying here at some month of `year`, each with the year's months.
    QList<DuesMemberYear> year(const QSet<qint64>& orgIds, int year) const;
    std::optional<DuesMemberYear> memberYear(qint64 memberId, int year) const;
    // The dues owed by the member for `month` (0 and `owes` false when not owed).
    Fen owedFor(qint64 memberId, QDate month, bool* owes = nullptr) const;

    // Totals of each branch-level organisation under `rootId` (itself included) for `year`: members
    // by their branch now, payments by the branch that collected them. Three queries, whatever the
    // number of members.
    QList<BranchDuesTotals> branchTotals(const QList<Organisation>& organisations, qint64 rootId,
                                         int year) const;

private:
    // `wrap`: an outer query around the periods ("%1" stands for them); empty: by name.
    // `total`: the query's seventh column, when it has one (a count over all rows before a limit).
    QList<DuesMember> select(const QString& where, bool* ok, const QString& wrap = {}, int* total = nullptr) const;
    QList<DuesMemberYear> yearWhere(const QString& where, int year) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

// "m.org_id IN (1, 2, 3)", or "1" for an empty set.
QString orgFilterSql(const QString& column, const QSet<qint64>& orgIds);

} // namespace partydesk
