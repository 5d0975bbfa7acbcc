#pragma once

#include "home/HomeFacts.h"

#include <QWidget>

class QLabel;

namespace partydesk {

class ChartView;

// 概况: the community at a glance beside the agenda: Party members by category, the people on the
// way in, this year's attendance rate, the branches by star level, the service fund, and charts of
// the first, the stars and the fund left at each month's end.
class HomeFactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HomeFactsPanel(QWidget* parent = nullptr);

    void setFacts(const HomeFacts& facts);
    // The figures as one text, in the order shown (for tests and screen readers).
    QString summaryText() const;

private:
    void showFund(const HomeFacts& facts);

    QLabel* m_members = nullptr;
    QLabel* m_categories = nullptr;
    QLabel* m_pipeline = nullptr;
    QLabel* m_attendance = nullptr;
    QLabel* m_stars = nullptr;
    QLabel* m_fund = nullptr;
    ChartView* m_membersChart = nullptr;
    ChartView* m_starsChart = nullptr;
    ChartView* m_fundChart = nullptr;
};

} // namespace partydesk
