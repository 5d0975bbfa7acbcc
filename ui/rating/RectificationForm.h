#pragma once

#include "rating/Rectification.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class Workspace;

// One rectification item: problem, measure, person responsible, due date, status.
class RectificationForm : public QDialog
{
    Q_OBJECT

public:
    RectificationForm(Workspace& workspace, const Rectification& item, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    Rectification m_item;
    QLineEdit* m_problem = nullptr;
    QLineEdit* m_measure = nullptr;
    QLineEdit* m_responsible = nullptr;
    DateField* m_due = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_done = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
