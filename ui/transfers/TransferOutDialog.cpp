#include "TransferOutDialog.h"

#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace partydesk {

TransferOutDialog::TransferOutDialog(TransferService& service, const std::vector<RosterRow>& members,
                                     const QHash<qint64, QString>& orgNames, QDate today, QWidget* parent)
    : TransferDialog(service, parent)
{
    setWindowTitle(tr("Transfer out"));
    setObjectName(QStringLiteral("TransferOutDialog"));
    m_member = TransferFields::memberCombo(members, orgNames, true);
    m_date = TransferFields::dateField(QStringLiteral("transferDateEdit"), today);
    m_counterpart = TransferFields::lineEdit(QStringLiteral("counterpartEdit"), 100);
    m_counterpart->setPlaceholderText(tr("the receiving Party organisation"));
    m_letterNo = TransferFields::lineEdit(QStringLiteral("letterNoEdit"), 50);
    m_notes = TransferFields::lineEdit(QStringLiteral("notesEdit"), 200);

    auto* form = new QFormLayout;
    form->addRow(tr("&Member"), m_errors.wrap(TransferField::member, m_member));
    form->addRow(tr("&Date"), m_errors.wrap(TransferField::date, m_date));
    form->addRow(tr("&Transfers to"), m_errors.wrap(TransferField::counterpart, m_counterpart));
    form->addRow(tr("&Letter no."), m_errors.wrap(TransferField::letterNo, m_letterNo));
    form->addRow(tr("Notes"), m_notes);
    layOut(TransferFields::explanation(
               tr("The member leaves the roster on the date; the record and its history are "
                  "kept. Record the receipt when it comes back.")),
           form);
    checkOnLeave([this] {
        const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::date);
        return !typing.isEmpty()
                   ? typing
                   : errorsOf(m_service.checkTransferOut(m_member->currentData().toLongLong(), m_date->date(),
                                                         m_counterpart->text()));
    });
}

void TransferOutDialog::accept()
{
    finish(TransferFields::dateTyping(m_date, TransferField::date), [this] {
        return m_service.transferOut(m_member->currentData().toLongLong(), m_date->date(),
                                     m_counterpart->text(), m_letterNo->text(), m_notes->text());
    });
}

} // namespace partydesk
