#pragma once

#include "cogovernance/Wish.h"
#include "report/TableReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace partydesk {

class OrganisationTreeModel;
class WishListModel;
class WishService;
class Workspace;

// 微心愿: residents' wishes from 点单 to fulfilment. A list with a stage filter and the count of each
// stage, the actions of the selected wish's stage, counts by month, branch and grid, and the public
// list (no personal data) for the notice board. Inside a community it works on that community's
// branches (a branch selection filters to it); above community level it lists every wish under the
// selection, read-only.
class WishesPage : public QWidget
{
    Q_OBJECT

public:
    WishesPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    ~WishesPage() override;

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one); 0 or unknown: nothing.
    void showRecord(qint64 recordId);

    WishListModel* wishes() const { return m_model; }
    QStandardItemModel* counts() const { return m_counts; }
    // What the page's outputs print: the public list (masked) and the internal list.
    TableReport publicList() const;
    TableReport internalList(bool fullContacts) const;

public slots:
    void newWish();
    void editWish();
    void publish();
    void claim();
    void fulfil();
    void withdraw();
    void stepBack();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void refilter();
    void updateActions();
    void updateCounts();
    const MicroWish* current() const;
    QList<qint64> orgIdsInScope() const;
    qint64 committee() const;
    void afterWrite(qint64 id);
    void addPhotos(qint64 wishId, const QStringList& files);
    QString subtitle() const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    std::unique_ptr<WishService> m_service;
    qint64 m_orgId = 0;
    QList<MicroWish> m_all;
    WishListModel* m_model = nullptr;
    QStandardItemModel* m_counts = nullptr;
    QTableView* m_view = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_countsBy = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_scope = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_fulfil = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace partydesk
