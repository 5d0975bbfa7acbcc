#pragma once

#include "domain/Organisation.h"
#include "repository/RosterRow.h"
#include "TransferDialog.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;

// 支部间调动: a member moves from one branch of the workspace to another on a date, in one action.
class MoveWithinDialog : public TransferDialog
{
    Q_OBJECT

public:
    // `members`: those of the selected part of the tree; `organisations`: the whole tree.
    MoveWithinDialog(TransferService& service, const std::vector<RosterRow>& members,
                     const QList<Organisation>& organisations, QDate today, QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_member = nullptr;
    QComboBox* m_branch = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace partydesk
