#include "ReverseLeavingDialog.h"

#include "FormFit.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

ReverseLeavingDialog::ReverseLeavingDialog(Workspace& workspace, const Member& member, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_member(member)
{
    setObjectName(QStringLiteral("ReverseLeavingDialog"));
    setWindowTitle(tr("Reverse leaving: %1").arg(member.name));
    auto* explanation =
        new QLabel(tr("%1 was recorded as left on %2 (%3). Reversing it puts %1 back on the roster; the "
                      "leaving and its reversal both stay in the history.")
                       .arg(member.name, member.leftOn.toString(Qt::ISODate), enumLabel(member.leaveKind)));
    explanation->setWordWrap(true);
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("reverseDateEdit"));
    m_date->setDate(workspace.clock().today());
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reverseReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. the transfer letter was never sent"));
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("reverseLeavingError"));

    auto* form = new QFormLayout;
    form->addRow(tr("Back on the roster from"), m_date);
    form->addRow(tr("Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reverse leaving"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reverseLeavingOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReverseLeavingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReverseLeavingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReverseLeavingDialog::accept()
{
    if (!m_date->isAcceptable() || !m_date->date().isValid()) {
        m_error->showMessage(tr("\"%1\" is not a date: type it as 2020-05-01.").arg(m_date->text()));
        m_date->setFocus();
        return;
    }
    const ServiceResult result =
        m_workspace.memberService().reverseLeaving(m_member.id, m_date->date(), m_reason->text());
    if (!result.ok()) {
        m_error->showMessage(result.message);
        (result.field == QLatin1String("reason") ? static_cast<QWidget*>(m_reason) : m_date)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
