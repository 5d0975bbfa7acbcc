#pragma once

#include "dues/DuesService.h"
#include "report/TableReport.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace partydesk {

class DuesLedgerModel;
class OrganisationTreeModel;
class Workspace;

// 党费: the year's ledger of the selected branch (or the whole community): members × months with
// payments, unpaid months highlighted and members more than six months behind in red; the yearly
// totals per branch; recording payments, members' bases and rate tables; the collection sheet of a
// month (print) and the year's ledger (Excel).
class DuesPage : public QWidget
{
    Q_OBJECT

public:
    DuesPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    void setOrganisation(qint64 orgId);
    void setYear(int year);
    // Selects the member's row (in the ledger of the whole community when not in the current one).
    void selectMember(qint64 memberId);
    // Shows only members with unpaid months (the home page's arrears line links here).
    void showArrears();

    DuesLedgerModel* ledger() const { return m_ledger; }
    QStandardItemModel* totals() const { return m_totals; }
    DuesService& service() { return m_service; }
    // What is printed and exported.
    QList<TableReport> collectionSheet(QDate month) const;
    QList<TableReport> yearReports() const;

public slots:
    void recordPayment();
    void editBase();
    void editRateTables();
    void printCollectionSheet();
    void exportYear();
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCell(const QModelIndex& index);
    QString scopeName() const;
    qint64 currentMemberId() const;
    void paymentFor(qint64 memberId, QDate month);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    DuesService m_service;
    qint64 m_orgId = 0;
    int m_year = 0;
    QLabel* m_scope = nullptr;
    QSpinBox* m_yearBox = nullptr;
    QSpinBox* m_sheetMonth = nullptr;
    QCheckBox* m_arrearsOnly = nullptr;
    DuesLedgerModel* m_ledger = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_totals = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace partydesk
