#pragma once

#include "repository/RosterRow.h"
#include "TransferDialog.h"

#include <vector>

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;

// 转出: a Party member of the selected branch leaves for an organisation outside, with the letter's
// number; the member leaves the roster on the date.
class TransferOutDialog : public TransferDialog
{
    Q_OBJECT

public:
    TransferOutDialog(TransferService& service, const std::vector<RosterRow>& members,
                      const QHash<qint64, QString>& orgNames, QDate today, QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_member = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_counterpart = nullptr;
    QLineEdit* m_letterNo = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace partydesk
