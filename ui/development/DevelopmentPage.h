#pragma once

#include "development/DevelopmentService.h"
#include "report/TableReport.h"

#include <memory>
#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace partydesk {

class DevelopmentDetail;
class OrganisationTreeModel;
class PipelineModel;
class ProbationModel;
class Workspace;

// 发展党员: everyone in the pipeline under the selected organisation, by stage, with the next item
// due (overdue in red); the selected person's items, documents, contacts and sponsors, saved or moved
// to the next stage through the rules; probations ending within 60 days or overdue; the yearly
// development plan of the selected organisation against the people admitted.
class DevelopmentPage : public QWidget
{
    Q_OBJECT

public:
    DevelopmentPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    ~DevelopmentPage() override;

    void setOrganisation(qint64 orgId);
    // Shows the person (in the pipeline under the selected organisation) in the detail panel; false
    // when not in the list (the stage filter is cleared first).
    bool selectMember(qint64 memberId);

    PipelineModel* pipeline() const { return m_pipeline; }
    ProbationModel* probations() const { return m_probations; }
    DevelopmentDetail* detail() const { return m_detail; }
    DevelopmentService& service() { return *m_service; }
    // The pipeline and the probations of the selected part of the tree, as exported and printed.
    QList<TableReport> reports() const;

public slots:
    void reload();
    bool saveRecord();
    void advanceSelected();
    void editPlan();
    void exportReports(bool pdf);

signals:
    // A person's status or record changed (the roster and home page may show it).
    void memberChanged(qint64 memberId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void reloadPlan();
    qint64 selectedMemberId() const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    std::unique_ptr<DevelopmentService> m_service;
    qint64 m_orgId = 0;
    QList<PipelineEntry> m_entries;
    QComboBox* m_stage = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_plan = nullptr;
    QPushButton* m_planButton = nullptr;
    PipelineModel* m_pipeline = nullptr;
    QTableView* m_view = nullptr;
    DevelopmentDetail* m_detail = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_advance = nullptr;
    ProbationModel* m_probations = nullptr;
    QTableView* m_probationView = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace partydesk
