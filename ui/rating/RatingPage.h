#pragma once

#include "rating/RatingRepository.h"

#include <optional>
#include <QHash>
#include <QWidget>

class QComboBox;
class QTabWidget;
class QLabel;
class QPushButton;
class QTableView;

namespace partydesk {

class OrganisationTreeModel;
class RatingChartsPanel;
class RatingResultsModel;
class RectificationPanel;
class ScoreSheetModel;
class ScoreSheetView;
class Workspace;

// 评星定级: the year's scoring session. Results and ranking on the left; the selected branch's
// sheet on the right, entered from the keyboard and saved as it is typed; rectification below.
class RatingPage : public QWidget
{
    Q_OBJECT

public:
    RatingPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void showYear(int year);
    int year() const { return m_year; }
    void selectBranch(qint64 orgId);
    RatingResultsModel* results() const { return m_results; }
    ScoreSheetModel* sheet() const { return m_sheet; }
    ScoreSheetView* sheetView() const { return m_sheetView; }
    const std::optional<RatingYear>& ratingYear() const { return m_ratingYear; }

public slots:
    void startNewYear();
    void chooseOrganisations();
    void editTemplate();
    // Finishes an open year (its result becomes final) or reopens a finished one with a reason.
    void finishOrReopen();

signals:
    void yearChanged(int year);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadYears();
    void recompute();
    void onSheetChanged(const ScoreSheet& sheet);
    void onBranchSelected();
    void updateTotals();
    QHash<qint64, qint64> parents() const;
    void updateCharts();

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    int m_year = 0;
    std::optional<RatingYear> m_ratingYear;
    std::optional<RatingOutcome> m_lastYear;
    qint64 m_lastYearSessionId = 0;
    qint64 m_orgId = 0;

    QComboBox* m_years = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_finish = nullptr;
    QLabel* m_yearState = nullptr;
    QLabel* m_warnings = nullptr;
    RatingResultsModel* m_results = nullptr;
    QTableView* m_resultsView = nullptr;
    QLabel* m_sheetTitle = nullptr;
    ScoreSheetModel* m_sheet = nullptr;
    ScoreSheetView* m_sheetView = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_message = nullptr;
    RectificationPanel* m_rectification = nullptr;
    RatingChartsPanel* m_charts = nullptr;
    QTabWidget* m_views = nullptr;
};

} // namespace partydesk
