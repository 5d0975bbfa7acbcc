#include "ReceiptDialog.h"

#include "forms/FormButtons.h"
#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace partydesk {

ReceiptDialog::ReceiptDialog(TransferService& service, const Transfer& transfer, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_transfer(transfer)
{
    setWindowTitle(tr("Record the receipt"));
    setObjectName(QStringLiteral("ReceiptDialog"));
    auto* what =
        new QLabel(tr("%1 transferred out to %2 on %3 (letter no. %4).")
                       .arg(transfer.memberName, transfer.counterpart, transfer.date.toString(Qt::ISODate),
                            transfer.letterNo.isEmpty() ? tr("none") : transfer.letterNo));
    what->setWordWrap(true);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("receiptDateEdit"));
    m_date->setDate(transfer.receiptOn.isValid() ? transfer.receiptOn : today);
    m_general = new FieldErrorLabel;
    auto* form = new QFormLayout;
    form->addRow(tr("Receipt came back on"), m_errors.wrap(TransferField::receiptOn, m_date));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(saveCancelButtons(this));
}

void ReceiptDialog::accept()
{
    if (const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::receiptOn);
        !typing.isEmpty()) {
        TransferFields::showRefusal(m_errors, m_general, ServiceResult::invalid(typing));
        return;
    }
    const ServiceResult result = m_service.recordReceipt(m_transfer.id, m_date->date());
    if (!result.ok()) {
        TransferFields::showRefusal(m_errors, m_general, result);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
