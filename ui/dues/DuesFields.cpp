#include "DuesFields.h"

#include "service/ServiceResult.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

namespace partydesk::DuesFields {

QLabel* errorLabel()
{
    auto* error = new QLabel;
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    return error;
}

QDialogButtonBox* closeButton(QDialog* dialog)
{
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return close;
}

bool refused(QLabel* error, const ServiceResult& result)
{
    if (result.ok())
        return false;
    error->setText(result.message);
    return true;
}

} // namespace partydesk::DuesFields
