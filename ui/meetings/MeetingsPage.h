#pragma once

#include "report/TableReport.h"

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace partydesk {

class ComplianceModel;
class CountingPrinter;
class MeetingChartsPanel;
class MeetingListModel;
class OrganisationTreeModel;
class Workspace;
struct PrintResult;

// 组织生活: the month's theme Party days and other meetings under the selected part of the tree,
// the month's plan, compliance of 三会一课 over a year, attendance charts and the monthly report.
class MeetingsPage : public QWidget
{
    Q_OBJECT

public:
    // Reads the meetings and the members' facts from the workspace itself, never from the roster
    // page (which may still be loading).
    MeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    void setOrganisation(qint64 orgId);
    void setMonth(QDate month);
    MeetingListModel* meetings() const { return m_meetings; }
    ComplianceModel* compliance() const { return m_compliance; }
    // The 三会一课 tab, this year (the home page opens it at a branch's gaps).
    void showCompliance();
    // The month's report of the selected part of the tree, as exported and printed.
    QList<TableReport> monthlyReport() const;
    // Prints that report on `printer` (as chosen in the print dialog, or a PDF file) behind a
    // progress dialog that can cancel, records the print and says how it went: branches and pages,
    // or what was sent before a cancel. The print action's text names what it prints.
    PrintResult printMonthlyReportsTo(CountingPrinter& printer);
    QAction* printAction() const { return m_printAll; }

public slots:
    void planMonth();
    void addMeeting();
    void openMeeting(const QModelIndex& index);
    void exportMonthlyReport(bool pdf);
    void printMonthlyReports();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadCompliance();
    void reloadCharts();
    QList<qint64> branchesInScope() const;
    void updatePrintAction();

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
    QDate m_month;
    QLabel* m_monthLabel = nullptr;
    QLabel* m_birthdays = nullptr;
    MeetingListModel* m_meetings = nullptr;
    QTableView* m_view = nullptr;
    ComplianceModel* m_compliance = nullptr;
    QSpinBox* m_complianceYear = nullptr;
    QLabel* m_complianceSummary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QAction* m_printAll = nullptr;
    MeetingChartsPanel* m_charts = nullptr;
};

} // namespace partydesk
