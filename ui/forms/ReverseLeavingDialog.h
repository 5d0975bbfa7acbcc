#pragma once

#include "domain/Member.h"

#include <QDialog>

class QLineEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class Workspace;

// Reverses a "recorded as left" from the member's history (a transfer that did not happen, a
// mistaken entry): the member is back on the roster from a date, for a reason that is required.
class ReverseLeavingDialog : public QDialog
{
    Q_OBJECT

public:
    ReverseLeavingDialog(Workspace& workspace, const Member& member, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    Member m_member;
    DateField* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
