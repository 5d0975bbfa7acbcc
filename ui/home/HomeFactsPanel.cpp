#include "HomeFactsPanel.h"

#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "dues/DuesRecords.h"
#include "widgets/WholeFigures.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// Each chart its own Okabe–Ito colour (ChartStyle's palette): blue, orange, bluish green.
constexpr int membersColour = 0;
constexpr int starsColour = 3;
constexpr int fundColour = 2;

QLabel* figureLabel(QWidget* parent, bool large = false)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (large) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

ChartView* barChart(QWidget* parent, const char* name)
{
    auto* view = new ChartView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setMinimumHeight(170);
    return view;
}

// One bar per category under a value axis on nice steps; `decimals` of the values (0 for counts).
void fillBars(ChartView* view, const QString& title, const QStringList& categories,
              const QList<double>& values, int colour, int decimals = 0)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    auto* set = new QBarSet(title);
    double max = 0;
    for (double v : values) {
        *set << v;
        max = std::max(max, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    QBarCategoryAxis* x = ChartStyle::categoryAxis(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    // Room above the tallest bar for its label.
    ChartStyle::setNiceRange(y, 0, max * 1.12, decimals == 0, 5);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    ChartStyle::colourSeries(chart);
    set->setColor(ChartStyle::colour(colour));
    set->setBorderColor(set->color().darker(115));
    view->replaceChart(chart);
}

QList<double> asValues(const QList<int>& counts)
{
    return QList<double>(counts.cbegin(), counts.cend());
}

} // namespace

HomeFactsPanel::HomeFactsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("At a glance"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_members = figureLabel(this, true);
    m_categories = figureLabel(this);
    m_pipeline = figureLabel(this);
    m_attendance = figureLabel(this);
    m_stars = figureLabel(this);
    m_fund = figureLabel(this);
    for (QLabel* label : {m_members, m_categories, m_pipeline, m_attendance, m_stars, m_fund})
        layout->addWidget(label);
    // One chart at a time at full height: three stacked are unreadable on a 768-pixel screen.
    auto* charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("homeCharts"));
    charts->setDocumentMode(true);
    m_membersChart = barChart(charts, "membersChart");
    m_starsChart = barChart(charts, "starsChart");
    m_fundChart = barChart(charts, "fundChart");
    charts->addTab(m_membersChart, tr("Members"));
    charts->addTab(m_starsChart, tr("Stars"));
    charts->addTab(m_fundChart, tr("Service fund"));
    layout->addWidget(charts, 1);
}

void HomeFactsPanel::setFacts(const HomeFacts& facts)
{
    const QLocale locale;
    m_members->setText(tr("%1 Party members (%2 full, %3 probationary)")
                           .arg(facts.partyMembers())
                           .arg(facts.full)
                           .arg(facts.probationary));
    const QList<MemberCategory> categories = {MemberCategory::Registered, MemberCategory::InService,
                                              MemberCategory::FloatingOut, MemberCategory::FloatingIn};
    // Short names under the bars, where the full ones would be cut.
    const QStringList names = {tr("Registered"), tr("In service"), tr("Floating out"), tr("Floating in")};
    QStringList parts;
    QList<int> counts;
    for (MemberCategory category : categories) {
        const int n = facts.partyMembersByCategory.value(category);
        parts << tr("%1 %2").arg(enumLabel(category)).arg(n);
        counts << n;
    }
    m_categories->setText(parts.join(tr(", ")));
    m_pipeline->setText(tr("On the way in: %1 applicants, %2 activists, %3 candidates")
                            .arg(facts.applicants)
                            .arg(facts.activists)
                            .arg(facts.candidates));
    m_attendance->setText(facts.attendance.expected > 0
                              ? tr("Attendance this year: %1 % (%2 present of %3 expected)")
                                    .arg(locale.toString(facts.attendance.rate() * 100, 'f', 1))
                                    .arg(facts.attendance.present)
                                    .arg(facts.attendance.expected)
                              : tr("Attendance this year: no meetings recorded yet"));
    QStringList starNames;
    QList<int> starCounts;
    QStringList starParts;
    for (int stars = 5; stars >= 1; --stars) {
        const int n = facts.branchesByStars.value(stars);
        starNames << tr("%n-star", nullptr, stars);
        starCounts << n;
        starParts << tr("%1: %2").arg(starNames.constLast()).arg(n);
    }
    if (facts.ratingYear > 0)
        m_stars->setText(
            (facts.ratingFinished ? tr("Star rating %1: %2") : tr("Star rating %1 (not final): %2"))
                .arg(facts.ratingYear)
                .arg(starParts.join(tr(", "))));
    else
        m_stars->setText(tr("Star rating: no year rated yet"));
    fillBars(m_membersChart, tr("Party members by category"), names, asValues(counts), membersColour);
    fillBars(m_starsChart,
             facts.ratingYear > 0 ? tr("Branches by star level, %1").arg(facts.ratingYear)
                                  : tr("Branches by star level"),
             starNames, asValues(starCounts), starsColour);
    showFund(facts);
    for (QLabel* fact : {m_members, m_categories, m_pipeline, m_attendance, m_stars, m_fund})
        fact->setText(keepFiguresWhole(fact->text()));
}

void HomeFactsPanel::showFund(const HomeFacts& facts)
{
    const FundYearFacts& fund = facts.fund;
    const bool recorded = fund.budget > 0 || fund.spent > 0;
    m_fund->setText(recorded ? tr("Service fund %1: budget %2 yuan, spent %3 (%4), balance %5")
                                   .arg(facts.fundYear)
                                   .arg(yuanText(fund.budget), yuanText(fund.spent),
                                        executionRateText(fund.spent, fund.budget), yuanText(fund.balance))
                             : tr("Service fund %1: no budget recorded").arg(facts.fundYear));
    if (!recorded) {
        auto* empty = new QChart;
        ChartStyle::apply(empty, tr("No service fund budget recorded for %1").arg(facts.fundYear));
        m_fundChart->replaceChart(empty);
        return;
    }
    // The months of the year so far; in 10,000 yuan to one decimal, the exact figures are in the
    // line above.
    QStringList months;
    QList<double> unspent;
    const int upTo = facts.asOf.isValid() && facts.asOf.year() == facts.fundYear ? facts.asOf.month() : 12;
    for (int m = 1; m <= upTo; ++m) {
        months << QString::number(m);
        unspent << std::round(double(fund.unspentAtMonthEnd[m - 1]) / 100000) / 10;
    }
    fillBars(m_fundChart, tr("Fund left at each month's end (10,000 yuan)"), months, unspent, fundColour, 1);
}

QString HomeFactsPanel::summaryText() const
{
    QStringList lines;
    for (QLabel* label : {m_members, m_categories, m_pipeline, m_attendance, m_stars, m_fund})
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace partydesk
