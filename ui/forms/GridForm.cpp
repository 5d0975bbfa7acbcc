#include "GridForm.h"

#include "domain/Validation.h"
#include "FormButtons.h"
#include "FormFit.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace partydesk {

GridForm::GridForm(Workspace& workspace, const Grid& grid, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_grid(grid)
{
    setWindowTitle(grid.id > 0 ? tr("Edit grid: %1").arg(grid.name) : tr("Add grid"));
    const auto edit = [](const QString& text, const char* objectName) {
        auto* line = new QLineEdit(text);
        line->setObjectName(QString::fromLatin1(objectName));
        line->setMaxLength(100);
        return line;
    };
    m_code = edit(grid.code, "gridCodeEdit");
    m_name = edit(grid.name, "gridNameEdit");
    m_buildings = edit(grid.buildings, "gridBuildingsEdit");
    m_buildings->setPlaceholderText(tr("e.g. buildings 1-6"));
    m_gridHead = edit(grid.gridHead, "gridHeadEdit");
    m_streetHead = edit(grid.streetHead, "streetHeadEdit");
    m_laneHead = edit(grid.laneHead, "laneHeadEdit");
    m_buildingHead = edit(grid.buildingHead, "buildingHeadEdit");
    m_unitHead = edit(grid.unitHead, "unitHeadEdit");

    auto* form = new QFormLayout;
    form->addRow(tr("&Code"), m_errors.wrap(GridField::code, m_code));
    form->addRow(tr("&Name"), m_errors.wrap(GridField::name, m_name));
    form->addRow(tr("Buildings"), m_buildings);
    form->addRow(tr("Grid head"), m_gridHead);
    form->addRow(tr("Street head"), m_streetHead);
    form->addRow(tr("Lane head"), m_laneHead);
    form->addRow(tr("Building head"), m_buildingHead);
    form->addRow(tr("Unit head"), m_unitHead);

    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] { return m_workspace.organisationService().checkGrid(collect()); });
    m_unsaved.remember(this);
}

Grid GridForm::collect() const
{
    Grid grid = m_grid;
    grid.code = m_code->text().trimmed();
    grid.name = m_name->text().trimmed();
    grid.buildings = m_buildings->text().trimmed();
    grid.gridHead = m_gridHead->text().trimmed();
    grid.streetHead = m_streetHead->text().trimmed();
    grid.laneHead = m_laneHead->text().trimmed();
    grid.buildingHead = m_buildingHead->text().trimmed();
    grid.unitHead = m_unitHead->text().trimmed();
    return grid;
}

bool GridForm::save()
{
    FieldErrors errors;
    const ServiceResult result = m_workspace.organisationService().saveGrid(collect());
    if (!result.errors.isEmpty())
        errors = result.errors;
    else if (!result.ok())
        errors.append({GridField::code, tr("Not saved: %1").arg(result.message)});
    if (QWidget* first = m_errors.show(errors)) {
        first->setFocus();
        return false;
    }
    m_savedId = result.id;
    return true;
}

void GridForm::accept()
{
    if (save())
        QDialog::accept();
}

void GridForm::reject()
{
    if (m_unsaved.confirmClose(this))
        QDialog::reject();
}

} // namespace partydesk
