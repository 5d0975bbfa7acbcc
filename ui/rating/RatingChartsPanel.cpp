#include "RatingChartsPanel.h"

#include "charts/ChartView.h"
#include "RatingCharts.h"

#include <QChart>
#include <QGridLayout>

namespace partydesk {

namespace {

ChartView* chartView(const char* name)
{
    auto* view = new ChartView;
    view->setObjectName(QString::fromLatin1(name));
    view->setMinimumSize(360, 240);
    return view;
}

} // namespace

RatingChartsPanel::RatingChartsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("RatingChartsPanel"));
    m_ranking = chartView("rankingChart");
    m_stars = chartView("starsChart");
    m_radar = chartView("aspectsChart");
    m_years = chartView("yearsChart");
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    m_ranking->replaceChart(RatingCharts::ranking(outcome, names));
    m_stars->replaceChart(RatingCharts::starDistribution(outcome));
}

void RatingChartsPanel::setBranch(qint64 orgId, const QList<QPair<int, double>>& totalsOverYears)
{
    m_radar->replaceChart(RatingCharts::aspectRadar(m_template, m_outcome, orgId, m_names.value(orgId)));
    m_years->replaceChart(RatingCharts::overYears(totalsOverYears, m_names.value(orgId)));
}

} // namespace partydesk
