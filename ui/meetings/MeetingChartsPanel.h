#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

namespace partydesk {

class ChartView;
class Workspace;

// 组织生活's charts over the twelve months up to a month: the attendance rate of the branches the
// chart is about (the five lowest over the twelve months, against the average of all, when there
// are more than five) and the prescribed actions the theme days did.
class MeetingChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingChartsPanel(Workspace& workspace, QWidget* parent = nullptr);

    // `branches` in scope with their display names; the months up to `month`.
    void load(const QList<qint64>& branches, const QHash<qint64, QString>& names, QDate month);

    ChartView* ratesView() const { return m_rates; }
    ChartView* actionsView() const { return m_actions; }

private:
    void loadRates(const QList<qint64>& branches, const QHash<qint64, QString>& names, QDate from,
                   const QStringList& months);
    void loadActions(const QList<qint64>& branches, QDate from, QDate to, const QStringList& months);

    Workspace& m_workspace;
    ChartView* m_rates = nullptr;
    ChartView* m_actions = nullptr;
};

} // namespace partydesk
