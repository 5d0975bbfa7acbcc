#pragma once

#include "report/TableReport.h"

#include <memory>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace partydesk {

class CoBuildingService;
class OrganisationTreeModel;
class Workspace;

// Each co-building unit's page: the units of the committee (or of every committee under a street)
// on the left; the selected unit's year on the right (people, resources, projects, joint meetings,
// rota months, activities, decisions) with its yearly evaluation sheet for print.
class UnitsPage : public QWidget
{
    Q_OBJECT

public:
    UnitsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    ~UnitsPage() override;

    void setOrganisation(qint64 orgId);
    // Selects the unit with this id.
    void showRecord(qint64 recordId);

    QStandardItemModel* unitsModel() const { return m_units; }
    QStandardItemModel* factsModel() const { return m_facts; }
    qint64 currentUnit() const;
    // The yearly evaluation sheets: the selected unit's, or every listed unit's.
    QList<TableReport> evaluationSheets(bool allUnits) const;

public slots:
    void addPerson();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showUnit();
    void editPerson(const QModelIndex& index);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    std::unique_ptr<CoBuildingService> m_service;
    qint64 m_orgId = 0;
    bool m_editable = false;
    QStandardItemModel* m_units = nullptr;
    QStandardItemModel* m_people = nullptr;
    QStandardItemModel* m_facts = nullptr;
    QTableView* m_unitsView = nullptr;
    QTableView* m_peopleView = nullptr;
    QTableView* m_factsView = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_newPerson = nullptr;
};

} // namespace partydesk
