#include "UnitPersonDialog.h"

#include "cogovernance/CoBuildingService.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QLineEdit>

namespace partydesk {

UnitPersonDialog::UnitPersonDialog(CoBuildingService& service, const UnitPerson& person, QWidget* parent)
    : QDialog(parent), m_service(service), m_person(person)
{
    setWindowTitle(person.id > 0 ? tr("Edit person: %1").arg(person.name) : tr("New person of the unit"));
    m_name = new QLineEdit(person.name);
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_position = new QLineEdit(person.position);
    m_role = new QLineEdit(person.committeeRole);
    m_role->setObjectName(QStringLiteral("personRoleEdit"));
    m_role->setPlaceholderText(tr("e.g. part-time committee member; empty for a contact"));
    m_phone = new QLineEdit(person.phone);
    m_from = new DateField;
    m_from->setObjectName(QStringLiteral("personFromEdit"));
    m_from->setDate(person.fromOn);
    m_to = new DateField;
    m_to->setObjectName(QStringLiteral("personToEdit"));
    m_to->setDate(person.toOn);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_errors.wrap(CoBuildingField::name, m_name));
    form->addRow(tr("Post in the unit"), m_position);
    form->addRow(tr("Role in the committee"), m_role);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("From"), m_errors.wrap(CoBuildingField::fromOn, m_from));
    form->addRow(tr("To"), m_errors.wrap(CoBuildingField::toOn, m_to));
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        UnitPerson person;
        return problems(&person);
    });
}

FieldErrors UnitPersonDialog::problems(UnitPerson* person) const
{
    FieldErrors errors;
    for (const auto& [field, edit] :
         {qMakePair(CoBuildingField::fromOn, m_from), qMakePair(CoBuildingField::toOn, m_to)})
        if (!edit->isAcceptable())
            errors.append({field, tr("\"%1\" is not a date: type it as 2020-05-01.").arg(edit->text())});
    UnitPerson& p = *person;
    p = m_person;
    p.name = m_name->text();
    p.position = m_position->text();
    p.committeeRole = m_role->text();
    p.phone = m_phone->text();
    p.fromOn = m_from->date();
    p.toOn = m_to->date();
    for (FieldError error : m_service.checkPerson(p)) {
        if (error.field == CoBuildingField::unit) // the page chose the unit: shown on the name
            error.field = CoBuildingField::name;
        if (messageFor(errors, error.field).isEmpty())
            errors.append(error);
    }
    return errors;
}

void UnitPersonDialog::accept()
{
    UnitPerson p;
    FieldErrors errors = problems(&p);
    if (errors.isEmpty()) {
        const ServiceResult result = m_service.savePerson(p);
        if (!result.errors.isEmpty())
            errors = result.errors;
        else if (!result.ok())
            errors.append({CoBuildingField::name, tr("Not saved: %1").arg(result.message)});
    }
    for (FieldError& error : errors)
        if (error.field == CoBuildingField::unit)
            error.field = CoBuildingField::name;
    if (QWidget* first = m_errors.show(errors))
        first->setFocus();
    if (errors.isEmpty())
        QDialog::accept();
}

} // namespace partydesk
