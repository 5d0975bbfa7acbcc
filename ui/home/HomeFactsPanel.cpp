#include "HomeFactsPanel.h"

#include "dues/DuesRecords.h"
#include "reports/ReportRenderer.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// Okabe–Ito colours: told apart with any colour vision.
const QColor membersBlue(0x00, 0x72, 0xB2);
const QColor starsOrange(0xE6, 0x9F, 0x00);
const QColor fundGreen(0x00, 0x9E, 0x73);

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

// A step of 1, 2 or 5 × 10ⁿ giving at most about five intervals up to `max`.
int niceStep(int max)
{
    int step = 1;
    for (int scale = 1;; scale *= 10)
        for (int m : {1, 2, 5})
            if (max <= m * scale * 5)
                return std::max(step, m * scale);
}

QChartView* barChart(QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    chart->setFont(ReportRenderer::font(9));
    QFont title = ReportRenderer::font(10);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    return view;
}

void fillBars(QChartView* view, const QString& title, const QStringList& categories, const QList<int>& values,
              const QColor& colour)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto* set = new QBarSet(title);
    set->setColor(colour);
    set->setLabelColor(Qt::black);
    int max = 0;
    for (int v : values) {
        *set << v;
        max = std::max(max, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(ReportRenderer::font(9));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    const int step = niceStep(std::max(max, 1));
    // Room above the tallest bar for its label, on a whole step.
    const int top = (max / step + 1) * step;
    y->setRange(0, top);
    y->setTickCount(top / step + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsFont(ReportRenderer::font(8));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
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
    m_membersChart = barChart(charts);
    m_starsChart = barChart(charts);
    m_fundChart = barChart(charts);
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
    fillBars(m_membersChart, tr("Party members by category"), names, counts, membersBlue);
    fillBars(m_starsChart,
             facts.ratingYear > 0 ? tr("Branches by star level, %1").arg(facts.ratingYear)
                                  : tr("Branches by star level"),
             starNames, starCounts, starsOrange);
    showFund(facts);
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
        m_fundChart->chart()->removeAllSeries();
        m_fundChart->chart()->setTitle(tr("No service fund budget recorded for %1").arg(facts.fundYear));
        return;
    }
    // The months of the year so far; in 10,000 yuan rounded, the exact figures are in the line above.
    QStringList months;
    QList<int> unspent;
    const int upTo = facts.asOf.isValid() && facts.asOf.year() == facts.fundYear ? facts.asOf.month() : 12;
    for (int m = 1; m <= upTo; ++m) {
        months << QString::number(m);
        unspent << int((fund.unspentAtMonthEnd[m - 1] + 500000) / 1000000);
    }
    fillBars(m_fundChart, tr("Fund left at each month's end (10,000 yuan)"), months, unspent, fundGreen);
}

QString HomeFactsPanel::summaryText() const
{
    QStringList lines;
    for (QLabel* label : {m_members, m_categories, m_pipeline, m_attendance, m_stars, m_fund})
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace partydesk
