#pragma once

#include "domain/Organisation.h"
#include "FieldErrorsView.h"
#include "UnsavedChanges.h"

#include <QDialog>

class QLineEdit;

namespace partydesk {

class Workspace;

// Adds or edits a grid of a community: code, name, buildings, the grid head and the "five heads".
class GridForm : public QDialog
{
    Q_OBJECT

public:
    GridForm(Workspace& workspace, const Grid& grid, QWidget* parent = nullptr);
    bool save();
    qint64 savedId() const { return m_savedId; }

private:
    void accept() override;
    // Esc, Cancel or the close button: asks first when something was changed.
    void reject() override;
    Grid collect() const;

    Workspace& m_workspace;
    Grid m_grid;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    UnsavedChanges m_unsaved;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_buildings = nullptr;
    QLineEdit* m_gridHead = nullptr;
    QLineEdit* m_streetHead = nullptr;
    QLineEdit* m_laneHead = nullptr;
    QLineEdit* m_buildingHead = nullptr;
    QLineEdit* m_unitHead = nullptr;
};

} // namespace partydesk
