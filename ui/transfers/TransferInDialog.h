#pragma once

#include "domain/Organisation.h"
#include "forms/FieldErrorsView.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class TransferService;

// 转入: the letter arrived; the member joins a branch on the date. The member's essential record
// (name, ID number, membership dates, branch) is entered here with every rule of the member form;
// the rest is completed later in the member form.
class TransferInDialog : public QDialog
{
    Q_OBJECT

public:
    // `branchId`: the branch chosen in the tree, preset when it holds members.
    TransferInDialog(TransferService& service, const QList<Organisation>& organisations, qint64 branchId,
                     QDate today, QWidget* parent = nullptr);
    qint64 transferId() const { return m_transferId; }
    qint64 memberId() const { return m_memberId; }
    void accept() override;

private:
    void fillFromIdNumber();
    void updateSteps();

    TransferService& m_service;
    qint64 m_transferId = 0;
    qint64 m_memberId = 0;
    FieldErrorsView m_errors;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_sex = nullptr;
    DateField* m_birthDate = nullptr;
    QLineEdit* m_ethnicity = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_status = nullptr;
    DateField* m_joinedOn = nullptr;
    DateField* m_fullOn = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_branch = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_counterpart = nullptr;
    QLineEdit* m_letterNo = nullptr;
    QLineEdit* m_notes = nullptr;
    FieldErrorLabel* m_general = nullptr;
};

} // namespace partydesk
