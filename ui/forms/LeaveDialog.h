#pragma once

#include "domain/Member.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class Workspace;

// Records that a member left the roster (transferred out, died, ...): a dated event, not a deletion.
class LeaveDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveDialog(Workspace& workspace, const Member& member, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    Member m_member;
    QComboBox* m_kind = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
