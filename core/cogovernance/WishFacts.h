#pragma once

#include "Wish.h"

#include <array>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

// A wish published and not yet claimed is overdue after this many days (a decision of ours: a
// month is how long residents are told to wait before someone takes their wish on).
inline constexpr int wishClaimDays = 30;

// One month of a year: wishes made in it (by wished_on) and fulfilled in it (by fulfilled_on).
struct WishMonthCount
{
    int recorded = 0;
    int fulfilled = 0;
};

// The wishes of one branch or grid made in the year, by the stage they are at now.
struct WishGroupCount
{
    qint64 id = 0; // the branch or grid; 0: no grid
    QString name;
    int recorded = 0; // every wish made in the year
    int open = 0;     // still to publish, claim or fulfil
    int fulfilled = 0;
    int withdrawn = 0;
};

std::array<WishMonthCount, 12> wishCountsByMonth(const QList<MicroWish>& wishes, int year);
// In order of first appearance in `wishes`, then by name.
QList<WishGroupCount> wishCountsByBranch(const QList<MicroWish>& wishes, int year);
QList<WishGroupCount> wishCountsByGrid(const QList<MicroWish>& wishes, int year);
// How many wishes are at each stage (WishStage as index).
std::array<int, 5> wishCountsByStage(const QList<MicroWish>& wishes);

// A wish published and waiting to be claimed (for the home page).
struct WaitingWish
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString wish;
    QDate publishedOn;
    int days = 0;         // since it was published
    bool overdue = false; // more than wishClaimDays
};

// The wishes of the branches `orgIds` (empty: every organisation) published and not claimed nor
// withdrawn, longest waiting first.
QList<WaitingWish> wishesWaiting(const QSqlDatabase& db, const QList<qint64>& orgIds, QDate today);

// A year of micro-wishes (for the star rating's evidence).
struct WishFacts
{
    int recorded = 0; // made in the year
    int published = 0;
    int claimed = 0;
    int fulfilled = 0;
    int fulfilledByMembers = 0;
    int fulfilledByUnits = 0;
    int withdrawn = 0;
    // Of the wishes made in the year and not withdrawn, the share fulfilled (0 with none).
    double fulfilledShare = 0;
    // From publishing to fulfilment, over the wishes fulfilled in the year (0 with none).
    double averageDaysToFulfil = 0;
};

WishFacts wishFacts(const QList<MicroWish>& wishes, int year);
WishFacts wishFacts(const QSqlDatabase& db, const QList<qint64>& orgIds, int year);

} // namespace partydesk
