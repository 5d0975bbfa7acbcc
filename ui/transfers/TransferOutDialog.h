#pragma once

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

// 转出: a Party member of the selected branch leaves for an organisation outside, with the letter's
// number; the member leaves the roster on the date.
class TransferOutDialog : public QDialog
{
    Q_OBJECT

public:
    TransferOutDialog(TransferService& service, const std::vector<RosterRow>& members,
                      const QHash<qint64, QString>& orgNames, QDate today, QWidget* parent = nullptr);
    qint64 transferId() const { return m_transferId; }
    void accept() override;

private:
    TransferService& m_service;
    qint64 m_transferId = 0;
    FieldErrorsView m_errors;
    QComboBox* m_member = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_counterpart = nullptr;
    QLineEdit* m_letterNo = nullptr;
    QLineEdit* m_notes = nullptr;
    FieldErrorLabel* m_general = nullptr;
};

} // namespace partydesk
