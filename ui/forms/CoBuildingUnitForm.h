#pragma once

#include "domain/Organisation.h"
#include "FieldErrorsView.h"
#include "UnsavedChanges.h"

#include <QDialog>

class QLineEdit;

namespace partydesk {

class DateField;
class Workspace;

// Adds or edits a co-building unit (共建单位) of a community's big committee.
class CoBuildingUnitForm : public QDialog
{
    Q_OBJECT

public:
    CoBuildingUnitForm(Workspace& workspace, const CoBuildingUnit& unit, QWidget* parent = nullptr);
    bool save();
    qint64 savedId() const { return m_savedId; }

private:
    void accept() override;
    // Esc, Cancel or the close button: asks first when something was changed.
    void reject() override;
    // Every field's problem in the unit as typed: text that is not a date, then the core's rules
    // (OrganisationService::checkCoBuildingUnit, which the save applies too).
    FieldErrors problems(CoBuildingUnit* unit) const;

    Workspace& m_workspace;
    CoBuildingUnit m_unit;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    UnsavedChanges m_unsaved;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_kind = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    DateField* m_joined = nullptr;
    DateField* m_left = nullptr;
};

} // namespace partydesk
