#pragma once

#include "dues/DuesRate.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace partydesk {

// The stages of a micro-wish (微心愿): 居民点单 recorded, 支部下单 published, 党员接单 claimed, then
// fulfilled; or withdrawn at any stage before it is fulfilled.
enum class WishStage
{
    Recorded,  // 待发布
    Published, // 待认领
    Claimed,   // 待完成
    Fulfilled, // 已完成
    Withdrawn  // 已撤回
};

// Codes of micro_wish.satisfaction ('' until fulfilled).
namespace WishSatisfaction {
inline const QString verySatisfied = QStringLiteral("very_satisfied");
inline const QString satisfied = QStringLiteral("satisfied");
inline const QString unsatisfied = QStringLiteral("unsatisfied");
} // namespace WishSatisfaction

// A resident's micro-wish, with the names the lists show (read with it, never written).
struct MicroWish
{
    qint64 id = 0;
    qint64 orgId = 0; // the branch that takes it on
    qint64 gridId = 0;
    QString residentName;
    QString residentContact;
    QString residentAddress;
    QString wish;
    QString category;
    Fen estimatedCost = 0;
    QDate wishedOn;
    QDate publishedOn;
    QDate claimedOn;
    qint64 claimerMemberId = 0;
    qint64 claimerUnitId = 0;
    QDate fulfilledOn;
    QString feedback;
    QString satisfaction; // WishSatisfaction code or ''
    QDate withdrawnOn;
    QString withdrawnReason;
    QString notes;

    QString branchName;
    QString gridName;
    QString claimerName; // the member's or the unit's

    WishStage stage() const;
    bool isOpen() const { return stage() != WishStage::Fulfilled && stage() != WishStage::Withdrawn; }
    // Days from the wish to its fulfilment or withdrawal, or to `today` while open.
    int daysWaiting(QDate today) const;
};

// 待发布, 待认领 … in the user's language.
QString wishStageName(WishStage stage);
// Every stage in board order.
QList<WishStage> wishStages();
// 非常满意 … for a satisfaction code; '' for ''.
QString satisfactionName(const QString& code);
QStringList satisfactionCodes();
// Suggested categories (free text is allowed too): 助老助残, 家电维修 …
QStringList suggestedWishCategories();
// The resident as a public list may show them: the surname and two asterisks (张**); '' stays ''.
QString maskedResidentName(const QString& name);

} // namespace partydesk
