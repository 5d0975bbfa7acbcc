#pragma once

#include "cogovernance/CoBuildingRecords.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QLineEdit;

namespace partydesk {

class CoBuildingService;
class DateField;

// Adds or edits a person of a co-building unit: its member of the big committee (兼职委员) or a contact.
class UnitPersonDialog : public QDialog
{
    Q_OBJECT

public:
    UnitPersonDialog(CoBuildingService& service, const UnitPerson& person, QWidget* parent = nullptr);
    void accept() override;

private:
    // Dates typed wrongly, then the service's rules (CoBuildingService::checkPerson, as the save).
    FieldErrors problems(UnitPerson* person) const;

    CoBuildingService& m_service;
    UnitPerson m_person;
    FieldErrorsView m_errors;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
};

} // namespace partydesk
