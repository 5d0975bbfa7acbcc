#include "RatingChartsPanel.h"

#include "RatingCharts.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>

namespace partydesk {

namespace {

QChartView* chartView()
{
    auto* view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

// QChartView::setChart does not delete the chart it replaces.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

RatingChartsPanel::RatingChartsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RatingChartsPanel"));
    m_ranking = chartView();
    m_stars = chartView();
    m_radar = chartView();
    m_years = chartView();
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_ranking, 0, 0);
    layout->addWidget(m_stars, 0, 1);
    layout->addWidget(m_radar, 1, 0);
    layout->addWidget(m_years, 1, 1);
}

void RatingChartsPanel::setYear(const RatingTemplate& ratingTemplate, const RatingOutcome& outcome,
                                const QHash<qint64, QString>& names)
{
    m_template = ratingTemplate;
    m_outcome = outcome;
    m_names = names;
    replaceChart(m_ranking, RatingCharts::ranking(outcome, names));
    replaceChart(m_stars, RatingCharts::starDistribution(outcome));
}

void RatingChartsPanel::setBranch(qint64 orgId, const QList<QPair<int, double>>& totalsOverYears)
{
    replaceChart(m_radar, RatingCharts::aspectRadar(m_template, m_outcome, orgId, m_names.value(orgId)));
    replaceChart(m_years, RatingCharts::overYears(totalsOverYears, m_names.value(orgId)));
}

} // namespace partydesk
