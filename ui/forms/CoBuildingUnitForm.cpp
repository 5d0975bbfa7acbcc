#include "CoBuildingUnitForm.h"

#include "domain/Validation.h"
#include "FormButtons.h"
#include "FormFit.h"
#include "widgets/DateField.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace partydesk {

CoBuildingUnitForm::CoBuildingUnitForm(Workspace& workspace, const CoBuildingUnit& unit, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_unit(unit)
{
    setWindowTitle(unit.id > 0 ? tr("Edit co-building unit: %1").arg(unit.name) : tr("Add co-building unit"));
    m_name = new QLineEdit(unit.name);
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_kind = new QLineEdit(unit.kind);
    m_kind->setPlaceholderText(tr("e.g. government office, state firm, non-public firm"));
    m_contact = new QLineEdit(unit.contactPerson);
    m_phone = new QLineEdit(unit.phone);
    m_phone->setObjectName(QStringLiteral("unitPhoneEdit"));
    m_joined = new DateField;
    m_joined->setDate(unit.joinedOn.isValid() ? unit.joinedOn : workspace.clock().today());
    m_left = new DateField;
    m_left->setDate(unit.leftOn);

    auto* form = new QFormLayout;
    form->addRow(tr("&Unit"), m_errors.wrap(UnitField::name, m_name));
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("&Phone"), m_errors.wrap(UnitField::phone, m_phone));
    form->addRow(tr("Joined on"), m_errors.wrap(UnitField::joinedOn, m_joined));
    form->addRow(tr("Left on"), m_errors.wrap(UnitField::leftOn, m_left));

    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        CoBuildingUnit unit;
        return problems(&unit);
    });
    m_unsaved.remember(this);
}

FieldErrors CoBuildingUnitForm::problems(CoBuildingUnit* unit) const
{
    *unit = m_unit;
    unit->name = m_name->text().trimmed();
    unit->kind = m_kind->text().trimmed();
    unit->contactPerson = m_contact->text().trimmed();
    unit->phone = m_phone->text().trimmed();
    unit->joinedOn = m_joined->date();
    unit->leftOn = m_left->date();
    FieldErrors errors;
    for (const auto& [field, name] :
         {std::pair{m_joined, UnitField::joinedOn}, std::pair{m_left, UnitField::leftOn}})
        if (!field->isAcceptable())
            errors.append({name, tr("\"%1\" is not a date: type it as 2020-05-01.").arg(field->text())});
    for (const FieldError& e : m_workspace.organisationService().checkCoBuildingUnit(*unit))
        if (messageFor(errors, e.field).isEmpty())
            errors.append(e);
    return errors;
}

bool CoBuildingUnitForm::save()
{
    CoBuildingUnit unit;
    FieldErrors errors = problems(&unit);
    if (errors.isEmpty()) {
        const ServiceResult result = m_workspace.organisationService().saveCoBuildingUnit(unit);
        if (!result.errors.isEmpty())
            errors = result.errors;
        else if (!result.ok())
            errors.append({UnitField::name, tr("Not saved: %1").arg(result.message)});
        m_savedId = result.id;
    }
    if (QWidget* first = m_errors.show(errors)) {
        first->setFocus();
        return false;
    }
    return true;
}

void CoBuildingUnitForm::accept()
{
    if (save())
        QDialog::accept();
}

void CoBuildingUnitForm::reject()
{
    if (m_unsaved.confirmClose(this))
        QDialog::reject();
}

} // namespace partydesk
