#pragma once

#include "cogovernance/InServiceQueries.h"
#include "report/TableReport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace partydesk {

class InServiceTableModel;
class OrganisationTreeModel;
class Workspace;

// 在职党员进社区: the in-service members under the selection with their posts and the year's
// service, claims and service records of the selected member, the community's posts, unit totals,
// those who reported but did not serve this year, and the 双报到 feedback letters to units.
class InServicePage : public QWidget
{
    Q_OBJECT

public:
    InServicePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Selects a record of the page (the home page opens it at one); 0 or unknown: nothing.
    // The record is an in-service member's id.
    void showRecord(qint64 recordId);

    InServiceTableModel* membersModel() const { return m_members; }
    InServiceTableModel* postsModel() const { return m_posts; }
    InServiceTableModel* recordsModel() const { return m_records; }
    // The year's feedback letters of the selection (`unit` empty: every unit).
    QList<TableReport> feedbackLetters(const QString& unit) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void reloadMember();
    qint64 selectedMember() const;
    qint64 selectedId(QTableView* view) const;
    QList<ServicePost> openPosts() const;
    void claimPost();
    void releaseClaim();
    void addRecord();
    void editRecord();
    void deleteRecord();
    void addPost();
    void editPost();
    void closePost();
    void outputLetters(bool oneUnit, bool pdf);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
    qint64 m_committee = 0;
    QList<InServiceMemberRow> m_rows;
    QSpinBox* m_year = nullptr;
    QLabel* m_scope = nullptr;
    QTabWidget* m_tabs = nullptr;
    InServiceTableModel* m_members = nullptr;
    InServiceTableModel* m_claims = nullptr;
    InServiceTableModel* m_records = nullptr;
    InServiceTableModel* m_posts = nullptr;
    InServiceTableModel* m_units = nullptr;
    InServiceTableModel* m_idle = nullptr;
    InServiceTableModel* m_years = nullptr;
    QTableView* m_membersView = nullptr;
    QTableView* m_claimsView = nullptr;
    QTableView* m_recordsView = nullptr;
    QTableView* m_postsView = nullptr;
    QList<QPushButton*> m_writeButtons; // need a community
};

} // namespace partydesk
