#include "DuesReports.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>

namespace partydesk {

namespace {

ReportColumn text(const QString& header, double width)
{
    return {header, ReportColumn::Kind::Text, width};
}

// An amount as text in yuan ("123.52", "owed 15.05"): a number column in print, so it stands to the
// right and never wraps inside its digits.
ReportColumn amount(const QString& header, double width = 8)
{
    return {header, ReportColumn::Kind::Number, width};
}

} // namespace

TableReport duesCollectionSheet(const QList<DuesMemberYear>& members, const QString& organisation,
                                QDate month)
{
    month = firstOfMonth(month);
    const int i = month.month() - 1;
    auto rows = std::make_shared<QList<const DuesMemberYear*>>();
    Fen owedTotal = 0, paidTotal = 0;
    for (const DuesMemberYear& m : members) {
        if (m.year != month.year() || (m.owed[i] < 0 && !m.paid[i]))
            continue;
        rows->append(&m);
        owedTotal += std::max<Fen>(m.owed[i], 0);
        paidTotal += m.paid[i] ? m.paid[i]->amount : 0;
    }
    TableReport report;
    report.title = QCoreApplication::translate("DuesReports", "Party dues collection sheet");
    report.subtitle =
        QCoreApplication::translate("DuesReports", "%1, %2").arg(organisation, monthText(month));
    report.sheetName = QCoreApplication::translate("DuesReports", "Dues %1").arg(monthText(month));
    report.columns = {
        {QCoreApplication::translate("DuesReports", "No."), ReportColumn::Kind::Number, 4},
        text(QCoreApplication::translate("DuesReports", "Name"), 5),
        text(QCoreApplication::translate("DuesReports", "Basis"), 4.5),
        amount(QCoreApplication::translate("DuesReports", "Calculation base"), 5.5),
        amount(QCoreApplication::translate("DuesReports", "Dues"), 5.5),
        amount(QCoreApplication::translate("DuesReports", "Paid"), 5.5),
        {QCoreApplication::translate("DuesReports", "Date paid"), ReportColumn::Kind::Date, 9},
        {QCoreApplication::translate("DuesReports", "Receipt no."), ReportColumn::Kind::Code, 9},
        text(QCoreApplication::translate("DuesReports", "Signature"), 6.5)};
    // The members and the totals row, then the collector's and the secretary's lines to sign and
    // the date: one branch's month on one portrait page.
    report.rowCount = int(rows->size()) + 1;
    report.keepPortrait = true;
    report.signatures = {QCoreApplication::translate("DuesReports", "Collected by"),
                         QCoreApplication::translate("DuesReports", "Branch secretary"),
                         QCoreApplication::translate("DuesReports", "Date")};
    const QString totalLabel = QCoreApplication::translate("DuesReports", "Total");
    report.cell = [rows, i, month, owedTotal, paidTotal, totalLabel](int row, int column) -> QVariant {
        if (row == rows->size()) {
            switch (column) {
            case 1:
                return totalLabel;
            case 4:
                return yuanText(owedTotal);
            case 5:
                return yuanText(paidTotal);
            default:
                return {};
            }
        }
        const DuesMemberYear& m = *rows->at(row);
        const DuesBase* base = m.baseFor(month);
        const std::optional<DuesPayment>& paid = m.paid[i];
        switch (column) {
        case 0:
            return row + 1;
        case 1:
            return m.name;
        case 2:
            return base ? duesBasisName(base->basis) : QString();
        case 3:
            return base && (base->basis == DuesBasis::InWork || base->basis == DuesBasis::Retired)
                       ? QVariant(yuanText(base->income))
                       : QVariant();
        case 4:
            return m.owed[i] >= 0 ? QVariant(yuanText(m.owed[i])) : QVariant();
        case 5:
            return paid ? QVariant(yuanText(paid->amount)) : QVariant();
        case 6:
            return paid ? QVariant(paid->paidOn) : QVariant();
        case 7:
            return paid ? QVariant(paid->receiptNo) : QVariant();
        default:
            return {};
        }
    };
    const int totalRow = report.rowCount - 1;
    report.emphasised = [totalRow](int row) { return row == totalRow; };
    return report;
}

TableReport duesYearLedger(const QList<DuesMemberYear>& members, const QString& organisation, int year)
{
    auto rows = std::make_shared<QList<DuesMemberYear>>(members);
    Fen owed = 0, paid = 0, outstanding = 0;
    std::array<Fen, 12> monthPaid{};
    for (const DuesMemberYear& m : members) {
        owed += m.yearOwed;
        paid += m.yearPaid;
        outstanding += m.yearOutstanding;
        for (int i = 0; i < 12; ++i)
            monthPaid[i] += m.paid[i] ? m.paid[i]->amount : 0;
    }
    TableReport report;
    report.title = QCoreApplication::translate("DuesReports", "Party dues ledger %1").arg(year);
    report.subtitle = organisation;
    report.sheetName = QCoreApplication::translate("DuesReports", "Dues %1").arg(year);
    // 17 columns on a landscape page hardly fit: the name gives up width (a four-character name
    // wraps), the year's totals (313525.09 for a community) take more than a month's.
    report.columns = {text(QCoreApplication::translate("DuesReports", "Name"), 3)};
    for (int i = 1; i <= 12; ++i)
        report.columns.append(amount(QCoreApplication::translate("DuesReports", "Month %1").arg(i), 5));
    report.columns +=
        {amount(QCoreApplication::translate("DuesReports", "Dues of the year"), 7),
         amount(QCoreApplication::translate("DuesReports", "Paid"), 7),
         amount(QCoreApplication::translate("DuesReports", "Outstanding"), 7),
         {QCoreApplication::translate("DuesReports", "Months unpaid"), ReportColumn::Kind::Number, 6}};
    report.rowCount = int(rows->size()) + 1;
    const QString totalLabel = QCoreApplication::translate("DuesReports", "Total");
    const QString owedLabel = QCoreApplication::translate("DuesReports", "owed %1");
    report.cell = [rows, owed, paid, outstanding, monthPaid, totalLabel, owedLabel](int row,
                                                                                    int column) -> QVariant {
        if (row == rows->size()) {
            if (column == 0)
                return totalLabel;
            if (column <= 12)
                return yuanText(monthPaid[column - 1]);
            if (column == 13)
                return yuanText(owed);
            if (column == 14)
                return yuanText(paid);
            if (column == 15)
                return yuanText(outstanding);
            return {};
        }
        const DuesMemberYear& m = rows->at(row);
        if (column == 0)
            return m.name;
        if (column <= 12) {
            const int i = column - 1;
            if (m.paid[i])
                return yuanText(m.paid[i]->amount);
            if (m.owed[i] >= 0)
                return owedLabel.arg(yuanText(m.owed[i]));
            return {};
        }
        if (column == 13)
            return yuanText(m.yearOwed);
        if (column == 14)
            return yuanText(m.yearPaid);
        if (column == 15)
            return yuanText(m.yearOutstanding);
        return m.unpaidMonths;
    };
    const int totalRow = report.rowCount - 1;
    report.emphasised = [totalRow](int row) { return row == totalRow; };
    return report;
}

TableReport duesBranchTotals(const QList<BranchDuesTotals>& totals, const QHash<qint64, QString>& names,
                             const QString& organisation, int year)
{
    auto rows = std::make_shared<QList<BranchDuesTotals>>(totals);
    auto branchNames = std::make_shared<QHash<qint64, QString>>(names);
    TableReport report;
    report.title = QCoreApplication::translate("DuesReports", "Party dues by branch %1").arg(year);
    report.subtitle = organisation;
    report.sheetName = QCoreApplication::translate("DuesReports", "Branches %1").arg(year);
    report.sameSheetAsPrevious = false;
    report.columns = {text(QCoreApplication::translate("DuesReports", "Branch"), 16),
                      {QCoreApplication::translate("DuesReports", "Members"), ReportColumn::Kind::Number, 6},
                      amount(QCoreApplication::translate("DuesReports", "Dues of the year")),
                      amount(QCoreApplication::translate("DuesReports", "Paid")),
                      amount(QCoreApplication::translate("DuesReports", "Outstanding"))};
    // Several branches end with their sums.
    const bool withTotal = rows->size() > 1;
    BranchDuesTotals sum{};
    for (const BranchDuesTotals& t : *rows) {
        sum.owed += t.owed;
        sum.paid += t.paid;
        sum.outstanding += t.outstanding;
    }
    report.rowCount = int(rows->size()) + (withTotal ? 1 : 0);
    const QString totalLabel = QCoreApplication::translate("DuesReports", "Total");
    report.cell = [rows, branchNames, sum, totalLabel](int row, int column) -> QVariant {
        const bool total = row == rows->size();
        const BranchDuesTotals& t = total ? sum : rows->at(row);
        switch (column) {
        case 0:
            return total ? totalLabel : branchNames->value(t.branchId);
        case 1: // a member who moved between branches is counted in both: no sum
            return total ? QVariant() : QVariant(t.members);
        case 2:
            return yuanText(t.owed);
        case 3:
            return yuanText(t.paid);
        default:
            return yuanText(t.outstanding);
        }
    };
    const int branchCount = int(rows->size());
    report.emphasised = [branchCount](int row) { return row == branchCount; };
    // What goes up to the committee above: stamped and signed.
    report.signatures = {QCoreApplication::translate("DuesReports", "Reporting unit (seal)"),
                         QCoreApplication::translate("DuesReports", "Filled in by"),
                         QCoreApplication::translate("DuesReports", "Checked by"),
                         QCoreApplication::translate("DuesReports", "Date")};
    return report;
}

} // namespace partydesk
