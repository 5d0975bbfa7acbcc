#include "ReceiptDialog.h"

#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"

#include <QFormLayout>
#include <QLabel>

namespace partydesk {

ReceiptDialog::ReceiptDialog(TransferService& service, const Transfer& transfer, QDate today, QWidget* parent)
    : TransferDialog(service, parent), m_transfer(transfer)
{
    setWindowTitle(tr("Record the receipt"));
    setObjectName(QStringLiteral("ReceiptDialog"));
    QLabel* what = TransferFields::explanation(
        tr("%1 transferred out to %2 on %3 (letter no. %4).")
            .arg(transfer.memberName, transfer.counterpart, transfer.date.toString(Qt::ISODate),
                 transfer.letterNo.isEmpty() ? tr("none") : transfer.letterNo));
    m_date = TransferFields::dateField(QStringLiteral("receiptDateEdit"),
                                       transfer.receiptOn.isValid() ? transfer.receiptOn : today);
    auto* form = new QFormLayout;
    form->addRow(tr("Receipt came back on"), m_errors.wrap(TransferField::receiptOn, m_date));
    layOut(what, form);
    checkOnLeave([this] {
        const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::receiptOn);
        return !typing.isEmpty() ? typing : errorsOf(m_service.checkReceipt(m_transfer.id, m_date->date()));
    });
}

void ReceiptDialog::accept()
{
    finish(TransferFields::dateTyping(m_date, TransferField::receiptOn),
           [this] { return m_service.recordReceipt(m_transfer.id, m_date->date()); });
}

} // namespace partydesk
