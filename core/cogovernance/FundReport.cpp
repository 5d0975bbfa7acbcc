#include "FundReport.h"

#include "FundService.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

using Rows = std::shared_ptr<QList<QVariantList>>;

TableReport table(const QString& title, const QString& sheet, const QList<ReportColumn>& columns, Rows rows,
                  bool sameSheet)
{
    TableReport r;
    r.title = title;
    r.sheetName = sheet;
    r.columns = columns;
    r.rowCount = int(rows->size());
    r.cell = [rows](int row, int column) { return rows->at(row).value(column); };
    r.sameSheetAsPrevious = sameSheet;
    r.keepPortrait = true;
    return r;
}

QVariant scoreText(int tenths)
{
    return tenths >= 0 ? QVariant(QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10)) : QVariant();
}

QString gradeName(const QString& code)
{
    if (code == QLatin1String("excellent"))
        return QCoreApplication::translate("FundReport", "Excellent");
    if (code == QLatin1String("good"))
        return QCoreApplication::translate("FundReport", "Good");
    if (code == QLatin1String("pass"))
        return QCoreApplication::translate("FundReport", "Pass");
    if (code == QLatin1String("fail"))
        return QCoreApplication::translate("FundReport", "Fail");
    return {};
}

} // namespace

QString fundStatusName(const QString& status)
{
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("FundReport", "Done");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("FundReport", "Cancelled");
    return QCoreApplication::translate("FundReport", "Approved");
}

QList<TableReport> fundYearReport(const FundService& fund, qint64 committeeId, int year,
                                  const QString& committeeName)
{
    const FundYearView v = fund.year(committeeId, year);
    const FundYear& f = v.figures;
    using K = ReportColumn::Kind;
    QList<TableReport> reports;

    auto summary = std::make_shared<QList<QVariantList>>();
    summary->append({QCoreApplication::translate("FundReport", "Budget"), QVariant(f.budget)});
    summary->append(
        {QCoreApplication::translate("FundReport", "Approved for projects"), QVariant(f.approved)});
    summary->append({QCoreApplication::translate("FundReport", "Spent"), QVariant(f.spent)});
    summary->append({QCoreApplication::translate("FundReport", "Balance"), QVariant(f.balance)});
    summary->append(
        {QCoreApplication::translate("FundReport", "Not yet committed"), QVariant(f.uncommitted)});
    summary->append({QCoreApplication::translate("FundReport", "Execution rate (spent / budget)"),
                     executionRateText(f.spent, f.budget)});
    TableReport head = table(QCoreApplication::translate("FundReport", "Service fund: use in %1").arg(year),
                             QCoreApplication::translate("FundReport", "Summary"),
                             {{QCoreApplication::translate("FundReport", "Item"), K::Text, 14},
                              {QCoreApplication::translate("FundReport", "Amount (yuan)"), K::Money, 10}},
                             summary, false);
    head.subtitle = committeeName;
    // The execution rate is a text in the amount column.
    reports << head;

    auto categories = std::make_shared<QList<QVariantList>>();
    for (auto it = f.spentByCategory.cbegin(); it != f.spentByCategory.cend(); ++it)
        categories->append(
            {it.key().isEmpty() ? QCoreApplication::translate("FundReport", "(no category)") : it.key(),
             QVariant(it.value()), executionRateText(it.value(), f.spent)});
    categories->append({QCoreApplication::translate("FundReport", "Total"), QVariant(f.spent),
                        executionRateText(f.spent, f.spent)});
    TableReport byCategory = table(QCoreApplication::translate("FundReport", "Use by category"),
                                   QCoreApplication::translate("FundReport", "Summary"),
                                   {{QCoreApplication::translate("FundReport", "Category"), K::Text, 14},
                                    {QCoreApplication::translate("FundReport", "Spent (yuan)"), K::Money, 10},
                                    {QCoreApplication::translate("FundReport", "Share"), K::Number, 6}},
                                   categories, true);
    const int lastCategory = int(categories->size()) - 1;
    byCategory.emphasised = [lastCategory](int row) { return row == lastCategory; };
    reports << byCategory;

    // Two months to a line (January beside July): the year's twelve in six lines.
    auto months = std::make_shared<QList<QVariantList>>();
    for (int m = 0; m < 6; ++m) {
        QVariantList line;
        for (const int month : {m, m + 6})
            line << QCoreApplication::translate("FundReport", "Month %1").arg(month + 1)
                 << QVariant(f.spentInMonth[size_t(month)]) << QVariant(f.unspentAtMonthEnd[size_t(month)]);
        months->append(line);
    }
    const ReportColumn monthColumn{QCoreApplication::translate("FundReport", "Month"), K::Text, 5};
    const ReportColumn spentColumn{QCoreApplication::translate("FundReport", "Spent (yuan)"), K::Money, 10};
    const ReportColumn unspentColumn{
        QCoreApplication::translate("FundReport", "Unspent at the month's end (yuan)"), K::Money, 12};
    reports << table(QCoreApplication::translate("FundReport", "Spending by month"),
                     QCoreApplication::translate("FundReport", "Summary"),
                     {monthColumn, spentColumn, unspentColumn, monthColumn, spentColumn, unspentColumn},
                     months, true);

    const FundEvaluation& e = v.evaluation;
    auto evaluation = std::make_shared<QList<QVariantList>>();
    evaluation->append({QCoreApplication::translate("FundReport", "Evaluated on"),
                        e.evaluatedOn.isValid() ? QVariant(e.evaluatedOn) : QVariant()});
    evaluation->append({QCoreApplication::translate("FundReport", "Evaluated by"), e.evaluatedBy});
    evaluation->append(
        {QCoreApplication::translate("FundReport", "Self-assessed score"), scoreText(e.selfScoreTenths)});
    evaluation->append(
        {QCoreApplication::translate("FundReport", "Review score"), scoreText(e.reviewScoreTenths)});
    evaluation->append({QCoreApplication::translate("FundReport", "Grade"), gradeName(e.grade)});
    evaluation->append({QCoreApplication::translate("FundReport", "Residents surveyed"),
                        e.surveyed >= 0 ? QVariant(QString::number(e.surveyed)) : QVariant()});
    evaluation->append({QCoreApplication::translate("FundReport", "Residents satisfied"),
                        e.satisfied >= 0 ? QVariant(QString::number(e.satisfied)) : QVariant()});
    evaluation->append({QCoreApplication::translate("FundReport", "Summary"), e.summary});
    evaluation->append({QCoreApplication::translate("FundReport", "Problems"), e.problems});
    TableReport evaluated = table(QCoreApplication::translate("FundReport", "Performance evaluation"),
                                  QCoreApplication::translate("FundReport", "Summary"),
                                  {{QCoreApplication::translate("FundReport", "Item"), K::Text, 14},
                                   {QCoreApplication::translate("FundReport", "Value"), K::Text, 24}},
                                  evaluation, true);
    // The report proper ends here, signed and stamped; the projects and the spending are its annexes.
    evaluated.signatures = {QCoreApplication::translate("FundReport", "Reporting unit (seal)"),
                            QCoreApplication::translate("FundReport", "Person in charge"),
                            QCoreApplication::translate("FundReport", "Handled by"),
                            QCoreApplication::translate("FundReport", "Date")};
    reports << evaluated;

    auto projects = std::make_shared<QList<QVariantList>>();
    Fen approved = 0, spent = 0;
    for (const FundProjectRecord& p : v.projects) {
        projects->append({p.title, p.category, QVariant(p.approvedOn), p.approvedBy, QVariant(p.approved),
                          QVariant(p.spent), QVariant(p.remaining()), fundStatusName(p.status),
                          p.beneficiaries >= 0 ? QVariant(p.beneficiaries) : QVariant()});
        approved += p.approved;
        spent += p.spent;
    }
    projects->append({QCoreApplication::translate("FundReport", "Total"), QVariant(), QVariant(), QVariant(),
                      QVariant(approved), QVariant(spent), QVariant(approved - spent)});
    TableReport projectTable =
        table(QCoreApplication::translate("FundReport", "Projects funded in %1").arg(year),
              QCoreApplication::translate("FundReport", "Projects"),
              {{QCoreApplication::translate("FundReport", "Project"), K::Text, 14},
               {QCoreApplication::translate("FundReport", "Category"), K::Text, 7},
               {QCoreApplication::translate("FundReport", "Approved on"), K::Date, 9},
               {QCoreApplication::translate("FundReport", "Approved by"), K::Text, 7},
               {QCoreApplication::translate("FundReport", "Approved (yuan)"), K::Money, 9},
               {QCoreApplication::translate("FundReport", "Spent (yuan)"), K::Money, 9},
               {QCoreApplication::translate("FundReport", "Remaining (yuan)"), K::Money, 9},
               {QCoreApplication::translate("FundReport", "Status"), K::Text, 5},
               {QCoreApplication::translate("FundReport", "Beneficiaries"), K::Number, 5}},
              projects, false);
    projectTable.subtitle = committeeName;
    const int projectTotal = int(projects->size()) - 1;
    projectTable.emphasised = [projectTotal](int row) { return row == projectTotal; };
    reports << projectTable;

    auto spending = std::make_shared<QList<QVariantList>>();
    Fen total = 0;
    for (const FundProjectRecord& p : v.projects)
        for (const FundSpendingRecord& s : fund.spending(p.id)) {
            if (s.spentOn.year() != year)
                continue;
            spending->append({QVariant(s.spentOn), p.title, s.purpose, s.payee, QVariant(s.amount),
                              s.receiptNo, s.handledBy});
            total += s.amount;
        }
    std::stable_sort(spending->begin(), spending->end(), [](const QVariantList& a, const QVariantList& b) {
        return a[0].toDate() < b[0].toDate();
    });
    spending->append({QVariant(), QCoreApplication::translate("FundReport", "Total"), QVariant(), QVariant(),
                      QVariant(total)});
    TableReport spendingTable =
        table(QCoreApplication::translate("FundReport", "Spending in %1").arg(year),
              QCoreApplication::translate("FundReport", "Spending"),
              {{QCoreApplication::translate("FundReport", "Date"), K::Date, 9},
               {QCoreApplication::translate("FundReport", "Project"), K::Text, 12},
               {QCoreApplication::translate("FundReport", "Purpose"), K::Text, 12},
               {QCoreApplication::translate("FundReport", "Payee"), K::Text, 8},
               {QCoreApplication::translate("FundReport", "Amount (yuan)"), K::Money, 9},
               {QCoreApplication::translate("FundReport", "Receipt no."), K::Code, 8},
               {QCoreApplication::translate("FundReport", "Handled by"), K::Text, 5}},
              spending, false);
    spendingTable.subtitle = committeeName;
    const int spendingTotal = int(spending->size()) - 1;
    spendingTable.emphasised = [spendingTotal](int row) { return row == spendingTotal; };
    reports << spendingTable;
    return reports;
}

} // namespace partydesk
