#pragma once

#include "domain/Organisation.h"
#include "forms/FieldErrorsView.h"
#include "repository/RosterRow.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class TransferService;

// 支部间调动: a member moves from one branch of the workspace to another on a date, in one action.
class MoveWithinDialog : public QDialog
{
    Q_OBJECT

public:
    // `members`: those of the selected part of the tree; `organisations`: the whole tree.
    MoveWithinDialog(TransferService& service, const std::vector<RosterRow>& members,
                     const QList<Organisation>& organisations, QDate today, QWidget* parent = nullptr);
    qint64 transferId() const { return m_transferId; }
    void accept() override;

private:
    TransferService& m_service;
    qint64 m_transferId = 0;
    FieldErrorsView m_errors;
    QComboBox* m_member = nullptr;
    QComboBox* m_branch = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_notes = nullptr;
    FieldErrorLabel* m_general = nullptr;
};

} // namespace partydesk
