#include "MoveWithinDialog.h"

#include "domain/OrganisationTree.h"
#include "TransferFields.h"
#include "transfers/TransferService.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace partydesk {

MoveWithinDialog::MoveWithinDialog(TransferService& service, const std::vector<RosterRow>& members,
                                   const QList<Organisation>& organisations, QDate today, QWidget* parent)
    : TransferDialog(service, parent)
{
    setWindowTitle(tr("Move between branches"));
    setObjectName(QStringLiteral("MoveWithinDialog"));
    m_member = TransferFields::memberCombo(members, organisationDisplayNames(organisations), false);
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("toBranchCombo"));
    TransferFields::fillBranches(m_branch, organisations);
    m_date = TransferFields::dateField(QStringLiteral("transferDateEdit"), today);
    m_notes = TransferFields::lineEdit(QStringLiteral("notesEdit"), 200);

    auto* form = new QFormLayout;
    form->addRow(tr("&Member"), m_errors.wrap(TransferField::member, m_member));
    form->addRow(tr("Moves &to"), m_errors.wrap(TransferField::toOrg, m_branch));
    form->addRow(tr("&Date"), m_errors.wrap(TransferField::date, m_date));
    form->addRow(tr("Notes"), m_notes);
    layOut(
        TransferFields::explanation(tr("From the date on the member belongs to the new branch; meetings held "
                                       "before it keep the member in the old one.")),
        form);
    checkOnLeave([this] {
        const FieldErrors typing = TransferFields::dateTyping(m_date, TransferField::date);
        return !typing.isEmpty() ? typing
                                 : errorsOf(m_service.checkMoveWithin(m_member->currentData().toLongLong(),
                                                                      m_branch->currentData().toLongLong(),
                                                                      m_date->date()));
    });
}

void MoveWithinDialog::accept()
{
    finish(TransferFields::dateTyping(m_date, TransferField::date), [this] {
        return m_service.moveWithin(m_member->currentData().toLongLong(),
                                    m_branch->currentData().toLongLong(), m_date->date(), m_notes->text());
    });
}

} // namespace partydesk
