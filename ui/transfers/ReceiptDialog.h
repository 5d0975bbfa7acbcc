#pragma once

#include "TransferDialog.h"
#include "transfers/Transfer.h"

namespace partydesk {

class DateField;

// 登记回执: the receipt of a transfer out came back on a date.
class ReceiptDialog : public TransferDialog
{
    Q_OBJECT

public:
    ReceiptDialog(TransferService& service, const Transfer& transfer, QDate today, QWidget* parent = nullptr);
    void accept() override;

private:
    Transfer m_transfer;
    DateField* m_date = nullptr;
};

} // namespace partydesk
