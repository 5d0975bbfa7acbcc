#include "TransferDialog.h"

#include "forms/FormButtons.h"
#include "TransferFields.h"
#include "widgets/FieldErrorLabel.h"

#include <QVBoxLayout>

namespace partydesk {

TransferDialog::TransferDialog(TransferService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_general(new FieldErrorLabel)
{
}

void TransferDialog::layOut(QWidget* explanation, QLayout* body)
{
    auto* layout = new QVBoxLayout(this);
    if (explanation)
        layout->addWidget(explanation);
    layout->addLayout(body);
    layout->addWidget(m_general);
    layout->addWidget(saveCancelButtons(this));
}

void TransferDialog::finish(const FieldErrors& typing, const std::function<ServiceResult()>& write)
{
    if (!typing.isEmpty()) {
        TransferFields::showRefusal(m_errors, m_general, ServiceResult::invalid(typing));
        return;
    }
    const ServiceResult result = write();
    if (!result.ok()) {
        TransferFields::showRefusal(m_errors, m_general, result);
        return;
    }
    m_transferId = result.id;
    QDialog::accept();
}

} // namespace partydesk
