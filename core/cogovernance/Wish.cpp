#include "Wish.h"

#include <QCoreApplication>

namespace partydesk {

WishStage MicroWish::stage() const
{
    if (withdrawnOn.isValid())
        return WishStage::Withdrawn;
    if (fulfilledOn.isValid())
        return WishStage::Fulfilled;
    if (claimedOn.isValid())
        return WishStage::Claimed;
    if (publishedOn.isValid())
        return WishStage::Published;
    return WishStage::Recorded;
}

int MicroWish::daysWaiting(QDate today) const
{
    const QDate end = fulfilledOn.isValid() ? fulfilledOn : withdrawnOn.isValid() ? withdrawnOn : today;
    return wishedOn.isValid() && end.isValid() ? int(wishedOn.daysTo(end)) : 0;
}

QString wishStageName(WishStage stage)
{
    switch (stage) {
    case WishStage::Recorded:
        return QCoreApplication::translate("Wishes", "To publish");
    case WishStage::Published:
        return QCoreApplication::translate("Wishes", "To claim");
    case WishStage::Claimed:
        return QCoreApplication::translate("Wishes", "To fulfil");
    case WishStage::Fulfilled:
        return QCoreApplication::translate("Wishes", "Fulfilled");
    case WishStage::Withdrawn:
        return QCoreApplication::translate("Wishes", "Withdrawn");
    }
    return {};
}

QList<WishStage> wishStages()
{
    return {WishStage::Recorded, WishStage::Published, WishStage::Claimed, WishStage::Fulfilled,
            WishStage::Withdrawn};
}

QString satisfactionName(const QString& code)
{
    if (code == WishSatisfaction::verySatisfied)
        return QCoreApplication::translate("Wishes", "Very satisfied");
    if (code == WishSatisfaction::satisfied)
        return QCoreApplication::translate("Wishes", "Satisfied");
    if (code == WishSatisfaction::unsatisfied)
        return QCoreApplication::translate("Wishes", "Unsatisfied");
    return {};
}

QStringList satisfactionCodes()
{
    return {WishSatisfaction::verySatisfied, WishSatisfaction::satisfied, WishSatisfaction::unsatisfied};
}

QStringList suggestedWishCategories()
{
    return {QCoreApplication::translate("Wishes", "Help for the elderly"),
            QCoreApplication::translate("Wishes", "Repairs"),
            QCoreApplication::translate("Wishes", "Study help"),
            QCoreApplication::translate("Wishes", "Daily necessities"),
            QCoreApplication::translate("Wishes", "Health care"),
            QCoreApplication::translate("Wishes", "Culture and leisure"),
            QCoreApplication::translate("Wishes", "Other")};
}

QString maskedResidentName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The first character (a surrogate pair stays whole), the rest hidden whatever its length.
    const int first = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(first) + QStringLiteral("**");
}

} // namespace partydesk
