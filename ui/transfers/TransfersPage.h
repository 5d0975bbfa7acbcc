#pragma once

#include "report/TableReport.h"
#include "repository/RosterRow.h"
#include "transfers/Transfer.h"

#include <memory>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace partydesk {

class OrganisationTreeModel;
class TransferListModel;
class TransferService;
class Workspace;

// 组织关系转接: the transfers out, in and between branches of the selected part of the tree, filtered
// by direction and year or to those waiting for their receipt; transfer out, transfer in, move
// between branches and record a receipt, each through TransferService.
class TransfersPage : public QWidget
{
    Q_OBJECT

public:
    TransfersPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    ~TransfersPage() override;
    void setOrganisation(qint64 orgId);
    // Only the transfers out waiting for their receipt three months on (the home page links here).
    void showWaitingReceipts();
    // Lists every transfer of the selected part of the tree and selects this one (a home page line).
    void showTransfer(qint64 transferId);
    TransferListModel* model() const { return m_model; }
    // The list as shown, for export and print.
    TableReport report() const;

public slots:
    void transferOut();
    void transferIn();
    void moveWithin();
    void recordReceipt();
    // Takes back the selected transfer out or move, entered by mistake, after asking.
    void cancelTransfer();

signals:
    // A transfer was double-clicked: the main window may open the member.
    void memberActivated(qint64 memberId);
    // A transfer was written: the roster, the tree's counts and the home page are out of date.
    void transfersChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadYears();
    void updateButtons();
    void written(qint64 transferId);
    const Transfer* selectedTransfer() const;
    QSet<qint64> scope() const;
    std::vector<RosterRow> membersInScope() const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    std::unique_ptr<TransferService> m_service;
    qint64 m_orgId = 0;
    TransferListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_year = nullptr;
    QLabel* m_waiting = nullptr;
    QPushButton* m_out = nullptr;
    QPushButton* m_in = nullptr;
    QPushButton* m_within = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace partydesk
