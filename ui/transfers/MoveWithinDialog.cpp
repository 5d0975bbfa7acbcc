#include "MoveWithinDialog.h"

#include "domain/OrganisationTree.h"
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

MoveWithinDialog::MoveWithinDialog(TransferService& service, const std::vector<RosterRow>& members,
                                   const QList<Organisation>& organisations, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Move between branches"));
    setObjectName(QStringLiteral("MoveWithinDialog"));
    m_member = new QComboBox;
    m_member->setObjectName(QStringLiteral("transferMemberCombo"));
    TransferFields::fillMembers(m_member, members, organisationDisplayNames(organisations), false);
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("toBranchCombo"));
    TransferFields::fillBranches(m_branch, organisations);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("transferDateEdit"));
    m_date->setDate(today);
    m_notes = new QLineEdit;
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaxLength(200);
    m_general = new FieldErrorLabel;

    auto* explanation = new QLabel(tr("From the date on the member belongs to the new branch; meetings held "
                                      "before it keep the member in the old one."));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Member"), m_errors.wrap(TransferField::member, m_member));
    form->addRow(tr("Moves &to"), m_errors.wrap(TransferField::toOrg, m_branch));
    form->addRow(tr("&Date"), m_errors.wrap(TransferField::date, m_date));
    form->addRow(tr("Notes"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(saveCancelButtons(this));
}

void MoveWithinDialog::accept()
{
    if (const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::date);
        !typing.isEmpty()) {
        TransferFields::showRefusal(m_errors, m_general, ServiceResult::invalid(typing));
        return;
    }
    const ServiceResult result =
        m_service.moveWithin(m_member->currentData().toLongLong(), m_branch->currentData().toLongLong(),
                             m_date->date(), m_notes->text());
    if (!result.ok()) {
        TransferFields::showRefusal(m_errors, m_general, result);
        return;
    }
    m_transferId = result.id;
    QDialog::accept();
}

} // namespace partydesk
