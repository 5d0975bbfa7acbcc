#pragma once

#include "forms/FieldErrorsView.h"
#include "transfers/Transfer.h"

#include <QDialog>

namespace partydesk {

class DateField;
class FieldErrorLabel;
class TransferService;

// 登记回执: the receipt of a transfer out came back on a date.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptDialog(TransferService& service, const Transfer& transfer, QDate today, QWidget* parent = nullptr);
    void accept() override;

private:
    TransferService& m_service;
    Transfer m_transfer;
    FieldErrorsView m_errors;
    DateField* m_date = nullptr;
    FieldErrorLabel* m_general = nullptr;
};

} // namespace partydesk
