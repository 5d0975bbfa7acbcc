#pragma once

#include "DuesLedger.h"
#include "report/TableReport.h"

namespace partydesk {

// 党费收缴登记表: the members owing dues for `month` (or who paid for it), with the calculation base
// (计算基数, as the paper form carries it), the dues, what was paid, when, the receipt number and a
// column to sign; a totals row, then (on paper) lines where the collector and the branch secretary
// sign and date the sheet. Amounts in yuan with two decimals.
TableReport duesCollectionSheet(const QList<DuesMemberYear>& members, const QString& organisation,
                                QDate month);

// The year's ledger: members × 12 months (the amount paid, "owed …" for a month unpaid, empty when
// not owed), the year's dues, paid and outstanding, and the unpaid months in all; a totals row.
TableReport duesYearLedger(const QList<DuesMemberYear>& members, const QString& organisation, int year);

// The totals of each branch, with the branches' names; a totals row when there are several; on
// paper the reporting unit's seal and the lines to sign.
TableReport duesBranchTotals(const QList<BranchDuesTotals>& totals, const QHash<qint64, QString>& names,
                             const QString& organisation, int year);

} // namespace partydesk
