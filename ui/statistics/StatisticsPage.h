#pragma once

#include "report/MemberStatistics.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace partydesk {

class OrganisationTreeModel;
class StatisticsModel;
class Workspace;

// 党员统计: counts by category, status, sex, age, education, Party age and ethnicity for the
// selected part of the tree, each organisation and the total; exported and printed whole.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    // Counts from the workspace's database, never from the roster page (which may still be loading).
    StatisticsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    void setOrganisation(qint64 orgId);
    StatisticsModel* model() const { return m_model; }

public slots:
    // Counted again from the database (when shown, or for another organisation; the window
    // selects the organisation again after members change).
    void refresh();
    void exportToExcel();
    void exportToPdf();
    void printPreview();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // `paper`: for PDF and print, the tables following each other; else a sheet apiece.
    QList<TableReport> reports(bool paper = false) const;
    QString scopeName() const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
    bool m_stale = true;
    std::shared_ptr<const MemberStatistics> m_statistics;
    StatisticsModel* m_model = nullptr;
    QComboBox* m_dimension = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace partydesk
