#pragma once

#include "domain/Organisation.h"
#include "import/RosterImportPlan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QRadioButton;

namespace partydesk {

class FieldErrorLabel;

// Step 2 of a roster import: which sheet, what becomes of members already on the roster, and what
// of branches the workspace does not have.
class ImportOptionsStep : public QWidget
{
    Q_OBJECT

public:
    explicit ImportOptionsStep(const QList<Organisation>& organisations, QWidget* parent = nullptr);

    void setSheets(const QStringList& sheets);
    // Everything but the column mapping, which the next step makes.
    RosterImportOptions options() const;
    void showError(const QString& message);

private:
    QLabel* m_sheetLabel = nullptr;
    QFormLayout* m_sheetForm = nullptr;
    QComboBox* m_sheet = nullptr;
    QRadioButton* m_skipExisting = nullptr;
    QRadioButton* m_updateExisting = nullptr;
    QCheckBox* m_createBranches = nullptr;
    QComboBox* m_createUnder = nullptr;
    QComboBox* m_defaultBranch = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
