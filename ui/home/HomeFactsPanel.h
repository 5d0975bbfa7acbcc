#pragma once

#include "home/HomeFacts.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace partydesk {

// 概况: the community at a glance beside the agenda: Party members by category, the people on the
// way in, this year's attendance rate, the branches by star level, and a chart of the first and
// the last.
class HomeFactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HomeFactsPanel(QWidget* parent = nullptr);

    void setFacts(const HomeFacts& facts);
    // The figures as one text, in the order shown (for tests and screen readers).
    QString summaryText() const;

private:
    QLabel* m_members = nullptr;
    QLabel* m_categories = nullptr;
    QLabel* m_pipeline = nullptr;
    QLabel* m_attendance = nullptr;
    QLabel* m_stars = nullptr;
    QChartView* m_membersChart = nullptr;
    QChartView* m_starsChart = nullptr;
};

} // namespace partydesk
