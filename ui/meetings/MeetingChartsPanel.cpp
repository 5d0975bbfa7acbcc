#include "MeetingChartsPanel.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "Workspace.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// A branch's tallies month by month ("2026-11").
using Months = QMap<QString, AttendanceTally>;

struct BranchRate
{
    qint64 id = 0;
    AttendanceTally year;
};

// The line of one branch (or of the average): a point for each month with someone expected.
QLineSeries* rateLine(const QString& name, const QList<QString>& monthKeys, const Months& tallies)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    for (int i = 0; i < monthKeys.size(); ++i) {
        const AttendanceTally t = tallies.value(monthKeys[i]);
        if (t.expected > 0)
            series->append(i, t.rate() * 100);
    }
    return series;
}

} // namespace

MeetingChartsPanel::MeetingChartsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_rates = new ChartView;
    m_rates->setObjectName(QStringLiteral("attendanceChart"));
    m_actions = new ChartView;
    m_actions->setObjectName(QStringLiteral("actionsChart"));
    // Twelve months side by side read best at full width: the rates above, the actions below.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rates, 3);
    layout->addWidget(m_actions, 2);
}

void MeetingChartsPanel::load(const QList<qint64>& branches, const QHash<qint64, QString>& names, QDate month)
{
    const QDate from = QDate(month.year(), month.month(), 1).addMonths(-11);
    const QDate to = from.addMonths(12).addDays(-1);
    QStringList months;
    for (int i = 0; i < 12; ++i) {
        const QDate m = from.addMonths(i);
        // The year where it begins and at January; the month alone in between.
        months << m.toString(i == 0 || m.month() == 1 ? QStringLiteral("yyyy-MM") : QStringLiteral("MM"));
    }
    loadRates(branches, names, from, months);
    loadActions(branches, from, to, months);
}

void MeetingChartsPanel::loadRates(const QList<qint64>& branches, const QHash<qint64, QString>& names,
                                   QDate from, const QStringList& months)
{
    const QDate to = from.addMonths(12).addDays(-1);
    const auto byMonth = m_workspace.meetings().attendanceByMonth(from, to);
    QList<QString> keys;
    for (int i = 0; i < 12; ++i)
        keys << from.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    // Every branch with meetings in the period, and the tallies of all of them together.
    QList<BranchRate> rated;
    Months all;
    for (qint64 branch : branches) {
        BranchRate rate{branch, {}};
        for (const QString& key : keys) {
            const AttendanceTally t = byMonth.value(branch).value(key);
            rate.year += t;
            all[key] += t;
        }
        if (rate.year.expected > 0)
            rated << rate;
    }
    // The chart is about the branches that need attention: the lowest rates over the year first.
    std::stable_sort(rated.begin(), rated.end(),
                     [](const BranchRate& a, const BranchRate& b) { return a.year.rate() < b.year.rate(); });
    const int shown = std::min<int>(int(rated.size()), ChartStyle::maxSeries - 1);
    auto* chart = new QChart;
    QString title = tr("Attendance rate by month (%)");
    if (shown < rated.size())
        title =
            tr("Attendance rate by month (%): the %1 branches lowest over the year and the average of all %2")
                .arg(shown)
                .arg(rated.size());
    ChartStyle::apply(chart, title);
    for (int i = 0; i < shown; ++i)
        chart->addSeries(rateLine(names.value(rated[i].id), keys, byMonth.value(rated[i].id)));
    if (rated.size() > 1) {
        QLineSeries* average =
            rateLine(tr("Average of all %n branch(es)", nullptr, int(rated.size())), keys, all);
        ChartStyle::markAverage(average);
        chart->addSeries(average);
    }
    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    ChartStyle::setNiceRange(axisY, 0, 100, false, 5);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ChartStyle::colourSeries(chart);
    chart->legend()->setVisible(!chart->series().isEmpty());
    m_rates->replaceChart(chart);
}

void MeetingChartsPanel::loadActions(const QList<qint64>& branches, QDate from, QDate to,
                                     const QStringList& months)
{
    const auto actionCounts = m_workspace.meetings().actionCounts(from, to);
    const QSet<qint64> scope(branches.cbegin(), branches.cend());
    QVector<int> perMonth(12, 0);
    for (const Meeting& m : m_workspace.meetings().meetings(scope, from, to))
        if (m.kind == MeetingKind::ThemeDay) {
            const int i = (m.heldOn.year() - from.year()) * 12 + m.heldOn.month() - from.month();
            if (i >= 0 && i < 12)
                perMonth[i] += actionCounts.value(m.id);
        }
    auto* set = new QBarSet(tr("Prescribed actions done"));
    for (int n : perMonth)
        *set << n;
    m_actions->replaceChart(ChartStyle::countBars(set, months, tr("Prescribed actions done by month"), 4));
}

} // namespace partydesk
