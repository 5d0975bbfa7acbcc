#pragma once

#include "report/TableReport.h"

#include <QList>

namespace partydesk {

class FundService;

// 经费使用情况报告: a committee's year of the service fund as tables for print, PDF and .xlsx. Sheets:
// the summary (figures with the execution rate, use by category, spending by month, the evaluation
// and the signature block), the projects, the spending in detail. Amounts are Money columns.
QList<TableReport> fundYearReport(const FundService& fund, qint64 committeeId, int year,
                                  const QString& committeeName);
// A project's status in words: approved, done, cancelled.
QString fundStatusName(const QString& status);

} // namespace partydesk
