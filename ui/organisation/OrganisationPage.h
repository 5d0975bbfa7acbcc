#pragma once

#include "domain/Organisation.h"
#include "repository/RowSnapshot.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace partydesk {

class OrganisationTreeModel;
class UndoHistory;
class Workspace;

// The selected organisation: its details, the warnings derived from them (term expiring, too few
// members), and for a community its grids with their heads and its co-building units.
class OrganisationPage : public QWidget
{
    Q_OBJECT

public:
    OrganisationPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent = nullptr);
    void setOrganisation(qint64 orgId);
    // Saves and deletions of organisations become steps of this history.
    void setUndoHistory(UndoHistory* history);

public slots:
    void editOrganisation();
    void addOrganisation();
    // For an organisation entered by mistake, with nothing below it or on its roster.
    void deleteOrganisation();
    void addGrid();
    void addCoBuildingUnit();

signals:
    void organisationsChanged(qint64 selectId);

private:
    void showDetails();
    QStringList warnings() const;
    void editGrid(int row);
    void editCoBuildingUnit(int row);
    // A grid or co-building unit was saved: a step of the undo history (`before` empty for a new one).
    template <typename Part>
    void partSaved(const QString& table, const RowSnapshot& before, qint64 id, const QList<Part>& parts);

    Workspace& m_workspace;
    OrganisationTreeModel& m_tree;
    qint64 m_orgId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_warnings = nullptr;
    QFormLayout* m_details = nullptr;
    QLabel* m_gridsTitle = nullptr;
    QTableWidget* m_grids = nullptr;
    QLabel* m_unitsTitle = nullptr;
    QTableWidget* m_units = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    UndoHistory* m_undo = nullptr;
    QPushButton* m_addGrid = nullptr;
    QPushButton* m_addUnit = nullptr;
    QList<Grid> m_gridList;
    QList<CoBuildingUnit> m_unitList;
};

} // namespace partydesk
