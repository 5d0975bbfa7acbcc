#include "TransferDialog.h"

#include "forms/FormButtons.h"
#include "forms/FormFit.h"
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
    auto* content = new QVBoxLayout;
    if (explanation)
        content->addWidget(explanation);
    content->addLayout(body);
    content->addWidget(m_general);
    setFormLayout(this, content, saveCancelButtons(this));
}

void TransferDialog::checkOnLeave(const std::function<FieldErrors()>& problems)
{
    m_errors.checkOnLeave(problems);
}

FieldErrors TransferDialog::errorsOf(const std::optional<ServiceResult>& problem)
{
    return problem ? problem->errors : FieldErrors();
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
