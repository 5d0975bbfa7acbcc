#pragma once

#include "appraisal/AppraisalService.h"
#include "report/TableReport.h"

#include <optional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace partydesk {

class AppraisalResultsModel;
class AppraisalSummaryModel;
class DateField;
class OrganisationTreeModel;
class Workspace;

// 民主评议党员: for a branch, the year's session (day held, share of 优秀 allowed), each member's grade,
// self grade, votes and handling, with the counts against the cap; finishing writes the results into
// the members' histories, reopening (with a reason) takes them out again. For a committee, each
// branch's appraisal of the year at a glance. The result table prints and exports.
class AppraisalPage : public QWidget
{
    Q_OBJECT

public:
    AppraisalPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    void showYear(int year);
    int year() const { return m_year; }
    AppraisalResultsModel* results() const { return m_results; }
    AppraisalSummaryModel* summary() const { return m_summary; }
signals:
    // A branch was chosen in the committee's summary (double click): the tree may follow.
    void organisationChosen(qint64 orgId);

public:
    // The result tables of the selection: the branch's, or every branch's under a committee.
    QList<TableReport> resultTables() const;

public slots:
    void openOrSaveSession();
    void finishSession();
    void reopenSession();
    void setDefaultCap();
    // Asks how the member graded 不合格 is handled, then grades the row.
    void askHandling(int row);
    void exportResults(bool pdf);
    void printResults();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadBranch();
    void reloadSummary();
    void updateCounts();
    void showMessage(const QString& message);
    QList<qint64> branchesInScope() const;
    bool isBranch(qint64 orgId) const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    Appraisal m_appraisal;
    qint64 m_orgId = 0;
    int m_year = 0;
    std::optional<AppraisalSession> m_session;

    QSpinBox* m_yearSpin = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_branchTitle = nullptr;
    DateField* m_heldOn = nullptr;
    QLineEdit* m_cap = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_finishButton = nullptr;
    QPushButton* m_reopenButton = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_message = nullptr;
    AppraisalResultsModel* m_results = nullptr;
    QTableView* m_resultsView = nullptr;
    AppraisalSummaryModel* m_summary = nullptr;
    QLabel* m_summaryTitle = nullptr;
};

} // namespace partydesk
