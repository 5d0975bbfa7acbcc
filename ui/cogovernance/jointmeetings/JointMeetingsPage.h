#pragma once

#include "cogovernance/JointMeetingService.h"
#include "report/TableReport.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QToolButton;

namespace partydesk {

class JointDecisionModel;
class JointMeetingListModel;
class OrganisationTreeModel;
class RotaModel;
class UnitActivityModel;
class Workspace;

// 联席会议 with decisions and follow-up, and the rotating chair's rota. Inside a community it works
// on that community's big committee; above community level it lists every committee's records
// under the selection, read-only.
class JointMeetingsPage : public QWidget
{
    Q_OBJECT

public:
    JointMeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);

    void setOrganisation(qint64 orgId);
    // Selects a meeting (the home page opens it at one); 0 or unknown: nothing.
    void showRecord(qint64 recordId);

    JointMeetingListModel* meetings() const { return m_meetings; }
    JointDecisionModel* decisions() const { return m_decisions; }
    RotaModel* rota() const { return m_rota; }
    UnitActivityModel* activities() const { return m_activities; }
    void setYear(int year);

public slots:
    void newMeeting();
    void openMeeting();
    void deleteMeeting();
    void followUpDecision();
    void generateRota();
    void changeRotaMonth();
    void newActivity();
    void editActivity();
    void deleteActivity();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    QWidget* meetingsTab();
    QWidget* decisionsTab();
    QWidget* rotaTab();
    QWidget* activitiesTab();
    QToolButton* outputButton(const QString& text, const std::function<QList<TableReport>()>& reports,
                              const QString& what);
    QString committeeName(qint64 committeeId) const;
    QList<CoBuildingUnit> units() const;
    qint64 selectedId(QTableView* view) const;
    int year() const;

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    JointMeetings m_joint;
    qint64 m_orgId = 0;
    qint64 m_committee = 0; // the community's committee, 0 above community level
    QList<qint64> m_committees;
    QSpinBox* m_year = nullptr;
    QLabel* m_coverage = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_statusFilter = nullptr;
    JointMeetingListModel* m_meetings = nullptr;
    JointDecisionModel* m_decisions = nullptr;
    RotaModel* m_rota = nullptr;
    UnitActivityModel* m_activities = nullptr;
    QTableView* m_meetingsView = nullptr;
    QTableView* m_decisionsView = nullptr;
    QTableView* m_rotaView = nullptr;
    QTableView* m_activitiesView = nullptr;
    QLabel* m_attendance = nullptr;
    QList<QWidget*> m_writers; // disabled above community level
};

} // namespace partydesk
