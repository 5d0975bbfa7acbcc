#pragma once

#include "cogovernance/FundService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace partydesk {

class FundProjectsModel;
class FundSpendingModel;
class OrganisationTreeModel;
class Workspace;

// 服务群众专项经费: budget, funded projects, spending, balance, yearly report and evaluation. Inside a
// community it works on that community's committee; above, it shows each community's totals read-only.
class FundPage : public QWidget
{
    Q_OBJECT

public:
    FundPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one): a fund project's id; 0 or
    // unknown: nothing.
    void showRecord(qint64 recordId);
    void setYear(int year);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadSpending();
    qint64 selectedProject() const;
    qint64 selectedSpending() const;
    void setBudget();
    void editProject(bool isNew);
    void deleteProject();
    void editSpending(bool isNew);
    void deleteSpending();
    void showScan();
    void output(int kind); // 0 print, 1 PDF, 2 Excel
    void showResult(const ServiceResult& result);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    FundService m_fund;
    qint64 m_orgId = 0;
    qint64 m_committee = 0;
    qint64 m_pendingRecord = 0;
    QSpinBox* m_year;
    QLineEdit* m_budget;
    QPushButton* m_setBudget;
    QLabel* m_figures;
    QLabel* m_message;
    QList<QPushButton*> m_communityOnly;
    QStackedWidget* m_stack;
    QTableView* m_projectsView;
    QTableView* m_spendingView;
    QTableView* m_totalsView;
    FundProjectsModel* m_projects;
    FundSpendingModel* m_spending;
    QStandardItemModel* m_totals;
};

} // namespace partydesk
