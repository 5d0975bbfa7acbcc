#include "DecisionFollowUpDialog.h"

#include "cogovernance/JointMeetingService.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace partydesk {

DecisionFollowUpDialog::DecisionFollowUpDialog(JointMeetingService& service, const JointDecisionRow& row,
                                               QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_decisionId(row.decision.id)
{
    setWindowTitle(tr("Follow up a decision"));
    auto* text = new QLabel(row.decision.text);
    text->setWordWrap(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (DecisionStatus status : {DecisionStatus::Done, DecisionStatus::Dropped, DecisionStatus::Open})
        m_status->addItem(decisionStatusName(status), int(status));
    m_status->setCurrentIndex(std::max(
        0, m_status->findData(int(row.decision.status == DecisionStatus::Open ? DecisionStatus::Done
                                                                              : row.decision.status))));
    m_on = new DateField;
    m_on->setObjectName(QStringLiteral("doneOnEdit"));
    m_on->setDate(row.decision.doneOn.isValid() ? row.decision.doneOn : today);
    m_note = new QPlainTextEdit(row.decision.followUp);
    m_note->setObjectName(QStringLiteral("followUpEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("Decision"), text);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&On"), m_errors.wrap(QStringLiteral("done_on"), m_on));
    form->addRow(tr("&Follow-up"), m_errors.wrap(QStringLiteral("follow_up"), m_note));
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] { return problems(); });
}

FieldErrors DecisionFollowUpDialog::problems() const
{
    if (!m_on->isAcceptable())
        return {{QStringLiteral("done_on"),
                 tr("\"%1\" is not a date: type it as 2020-05-01.").arg(m_on->text())}};
    const auto status = static_cast<DecisionStatus>(m_status->currentData().toInt());
    return m_service.checkFollowUp(m_decisionId, status, m_on->date(), m_note->toPlainText());
}

void DecisionFollowUpDialog::accept()
{
    FieldErrors errors = problems();
    if (errors.isEmpty()) {
        const auto status = static_cast<DecisionStatus>(m_status->currentData().toInt());
        const ServiceResult result =
            m_service.followUp(m_decisionId, status, m_on->date(), m_note->toPlainText());
        if (result.ok()) {
            QDialog::accept();
            return;
        }
        errors = result.errors.isEmpty() ? FieldErrors{{QStringLiteral("follow_up"), result.message}}
                                         : result.errors;
    }
    if (QWidget* first = m_errors.show(errors))
        first->setFocus();
}

} // namespace partydesk
