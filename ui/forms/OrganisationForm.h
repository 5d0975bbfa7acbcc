#pragma once

#include "domain/Organisation.h"
#include "FieldErrorsView.h"
#include "UnsavedChanges.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace partydesk {

class DateField;
class Workspace;

// Adds or edits an organisation of the tree: type, parent, secretary and committee, term, domain.
class OrganisationForm : public QDialog
{
    Q_OBJECT

public:
    OrganisationForm(Workspace& workspace, const QList<Organisation>& organisations, const Organisation& org,
                     QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    bool save();

private:
    void accept() override;
    // Esc, Cancel or the close button: asks first when something was changed.
    void reject() override;
    void suggestTermEnd();
    Organisation collect() const;
    // Every field's problem in the organisation as typed: text that is not a date, then the core's
    // rules (OrganisationService::checkOrganisation, which the save applies too).
    FieldErrors problems(Organisation* org) const;

    Workspace& m_workspace;
    QList<Organisation> m_organisations;
    Organisation m_original;
    qint64 m_savedId = 0;
    FieldErrorsView m_errors;
    UnsavedChanges m_unsaved;

    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_parent = nullptr;
    QComboBox* m_domain = nullptr;
    QLineEdit* m_secretary = nullptr;
    QLineEdit* m_deputy = nullptr;
    QLineEdit* m_committee = nullptr;
    DateField* m_founded = nullptr;
    DateField* m_termStart = nullptr;
    DateField* m_termEnd = nullptr;
    QComboBox* m_grid = nullptr;
    QLineEdit* m_address = nullptr;
};

} // namespace partydesk
