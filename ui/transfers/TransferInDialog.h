#pragma once

#include "domain/Member.h"
#include "domain/Organisation.h"
#include "TransferDialog.h"

class QComboBox;
class QLineEdit;

namespace partydesk {

class DateField;

// 转入: the letter arrived; the member joins a branch on the date. The member's essential record
// (name, ID number, membership dates, branch) is entered here with every rule of the member form;
// the rest is completed later in the member form.
class TransferInDialog : public TransferDialog
{
    Q_OBJECT

public:
    // `branchId`: the branch chosen in the tree, preset when it holds members.
    TransferInDialog(TransferService& service, const QList<Organisation>& organisations, qint64 branchId,
                     QDate today, QWidget* parent = nullptr);
    qint64 memberId() const { return m_memberId; }
    void accept() override;

private:
    // Dates typed wrongly.
    FieldErrors typingErrors() const;
    void fillFromIdNumber();
    void updateSteps();
    // The member's record as typed, for the service to check and save.
    Member typedMember() const;

    qint64 m_memberId = 0;
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
};

} // namespace partydesk
