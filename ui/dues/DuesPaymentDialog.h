#pragma once

#include "dues/DuesLedger.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace partydesk {

class DateField;
class DuesService;

// Records a payment: the month (or several at once, 补缴, each at its own dues), the amount prefilled
// with the month's dues, the day, the method and the receipt number. The service checks everything;
// its message is shown here.
class DuesPaymentDialog : public QDialog
{
    Q_OBJECT

public:
    DuesPaymentDialog(DuesService& service, const DuesMemberYear& member, QDate month, QDate today,
                      QWidget* parent = nullptr);

    void accept() override;

private:
    QList<QDate> checkedMonths() const;
    void monthsChanged();

    DuesService& m_service;
    DuesMemberYear m_member;
    QListWidget* m_months = nullptr;
    QLineEdit* m_amount = nullptr;
    DateField* m_paidOn = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_receipt = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace partydesk
