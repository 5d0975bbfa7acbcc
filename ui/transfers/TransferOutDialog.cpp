#include "TransferOutDialog.h"

#include "forms/FormButtons.h"
#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace partydesk {

TransferOutDialog::TransferOutDialog(TransferService& service, const std::vector<RosterRow>& members,
                                     const QHash<qint64, QString>& orgNames, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Transfer out"));
    setObjectName(QStringLiteral("TransferOutDialog"));
    m_member = new QComboBox;
    m_member->setObjectName(QStringLiteral("transferMemberCombo"));
    TransferFields::fillMembers(m_member, members, orgNames, true);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("transferDateEdit"));
    m_date->setDate(today);
    m_counterpart = new QLineEdit;
    m_counterpart->setObjectName(QStringLiteral("counterpartEdit"));
    m_counterpart->setMaxLength(100);
    m_counterpart->setPlaceholderText(tr("the receiving Party organisation"));
    m_letterNo = new QLineEdit;
    m_letterNo->setObjectName(QStringLiteral("letterNoEdit"));
    m_letterNo->setMaxLength(50);
    m_notes = new QLineEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaxLength(200);
    m_general = new FieldErrorLabel;

    auto* explanation =
        new QLabel(tr("The member leaves the roster on the date; the record and its history are "
                      "kept. Record the receipt when it comes back."));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Member"), m_errors.wrap(TransferField::member, m_member));
    form->addRow(tr("&Date"), m_errors.wrap(TransferField::date, m_date));
    form->addRow(tr("&Transfers to"), m_errors.wrap(TransferField::counterpart, m_counterpart));
    form->addRow(tr("&Letter no."), m_errors.wrap(TransferField::letterNo, m_letterNo));
    form->addRow(tr("Notes"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(saveCancelButtons(this));
}

void TransferOutDialog::accept()
{
    if (const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::date);
        !typing.isEmpty()) {
        TransferFields::showRefusal(m_errors, m_general, ServiceResult::invalid(typing));
        return;
    }
    const ServiceResult result =
        m_service.transferOut(m_member->currentData().toLongLong(), m_date->date(), m_counterpart->text(),
                              m_letterNo->text(), m_notes->text());
    if (!result.ok()) {
        TransferFields::showRefusal(m_errors, m_general, result);
        return;
    }
    m_transferId = result.id;
    QDialog::accept();
}

} // namespace partydesk
