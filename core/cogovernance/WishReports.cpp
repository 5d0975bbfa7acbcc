#include "WishReports.h"

#include "domain/IdNumber.h"
#include "dues/DuesRecords.h"

#include <QCoreApplication>

namespace partydesk {

TableReport publicWishList(const QList<MicroWish>& wishes, const QString& subtitle)
{
    TableReport r;
    r.title = QCoreApplication::translate("WishReports", "Micro-wishes: public list");
    r.subtitle = subtitle;
    r.sheetName = QCoreApplication::translate("WishReports", "Micro-wishes");
    r.columns = {{QCoreApplication::translate("WishReports", "Resident"), ReportColumn::Kind::Text, 5},
                 {QCoreApplication::translate("WishReports", "Wish"), ReportColumn::Kind::Text, 16},
                 {QCoreApplication::translate("WishReports", "Category"), ReportColumn::Kind::Text, 6},
                 {QCoreApplication::translate("WishReports", "Branch"), ReportColumn::Kind::Text, 10},
                 {QCoreApplication::translate("WishReports", "Stage"), ReportColumn::Kind::Text, 5},
                 {QCoreApplication::translate("WishReports", "Claimed by"), ReportColumn::Kind::Text, 8},
                 {QCoreApplication::translate("WishReports", "Fulfilled on"), ReportColumn::Kind::Date, 6}};
    r.rowCount = int(wishes.size());
    r.cell = [wishes](int row, int column) -> QVariant {
        const MicroWish& w = wishes.at(row);
        switch (column) {
        case 0:
            return maskedResidentName(w.residentName);
        case 1:
            return w.wish;
        case 2:
            return w.category;
        case 3:
            return w.branchName;
        case 4:
            return wishStageName(w.stage());
        case 5:
            return w.claimerName;
        case 6:
            return w.stage() == WishStage::Fulfilled ? QVariant(w.fulfilledOn) : QVariant();
        }
        return {};
    };
    return r;
}

TableReport internalWishList(const QList<MicroWish>& wishes, const QString& subtitle, bool fullContacts)
{
    TableReport r;
    r.title = QCoreApplication::translate("WishReports", "Micro-wishes");
    r.subtitle = subtitle;
    r.sheetName = QCoreApplication::translate("WishReports", "Micro-wishes");
    r.columns = {{QCoreApplication::translate("WishReports", "Resident"), ReportColumn::Kind::Text, 5},
                 {QCoreApplication::translate("WishReports", "Contact"), ReportColumn::Kind::Code, 8},
                 {QCoreApplication::translate("WishReports", "Address"), ReportColumn::Kind::Text, 10},
                 {QCoreApplication::translate("WishReports", "Wish"), ReportColumn::Kind::Text, 14},
                 {QCoreApplication::translate("WishReports", "Category"), ReportColumn::Kind::Text, 6},
                 {QCoreApplication::translate("WishReports", "Cost (yuan)"), ReportColumn::Kind::Text, 6},
                 {QCoreApplication::translate("WishReports", "Branch"), ReportColumn::Kind::Text, 10},
                 {QCoreApplication::translate("WishReports", "Grid"), ReportColumn::Kind::Text, 6},
                 {QCoreApplication::translate("WishReports", "Wished on"), ReportColumn::Kind::Date, 6},
                 {QCoreApplication::translate("WishReports", "Published on"), ReportColumn::Kind::Date, 6},
                 {QCoreApplication::translate("WishReports", "Claimed on"), ReportColumn::Kind::Date, 6},
                 {QCoreApplication::translate("WishReports", "Claimed by"), ReportColumn::Kind::Text, 8},
                 {QCoreApplication::translate("WishReports", "Fulfilled on"), ReportColumn::Kind::Date, 6},
                 {QCoreApplication::translate("WishReports", "Satisfaction"), ReportColumn::Kind::Text, 5},
                 {QCoreApplication::translate("WishReports", "Stage"), ReportColumn::Kind::Text, 5}};
    r.rowCount = int(wishes.size());
    r.containsFullIdNumbers = fullContacts;
    r.cell = [wishes, fullContacts](int row, int column) -> QVariant {
        const MicroWish& w = wishes.at(row);
        switch (column) {
        case 0:
            return w.residentName;
        case 1:
            return fullContacts ? w.residentContact : IdNumber::maskedPhone(w.residentContact);
        case 2:
            return w.residentAddress;
        case 3:
            return w.wish;
        case 4:
            return w.category;
        case 5:
            return yuanText(w.estimatedCost);
        case 6:
            return w.branchName;
        case 7:
            return w.gridName;
        case 8:
            return w.wishedOn;
        case 9:
            return w.publishedOn.isValid() ? QVariant(w.publishedOn) : QVariant();
        case 10:
            return w.claimedOn.isValid() ? QVariant(w.claimedOn) : QVariant();
        case 11:
            return w.claimerName;
        case 12:
            return w.fulfilledOn.isValid() ? QVariant(w.fulfilledOn) : QVariant();
        case 13:
            return satisfactionName(w.satisfaction);
        case 14:
            return wishStageName(w.stage());
        }
        return {};
    };
    return r;
}

} // namespace partydesk
