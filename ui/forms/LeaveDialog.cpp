#include "LeaveDialog.h"

#include "FormFit.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

LeaveDialog::LeaveDialog(Workspace& workspace, const Member& member, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_member(member)
{
    setWindowTitle(tr("Record leaving: %1").arg(member.name));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("leaveKindCombo"));
    for (LeaveKind kind : enumValues<LeaveKind>())
        m_kind->addItem(enumLabel(kind), int(kind));
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("leaveDateEdit"));
    m_date->setDate(workspace.clock().today());
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("leaveReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. transferred to the Party branch of ... "));
    m_error = new FieldErrorLabel;

    auto* explanation = new QLabel(tr("%1 leaves the roster. The record and its history are kept and can be "
                                      "shown with \"Include members who left\".")
                                       .arg(member.name));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), m_kind);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Details"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaveDialog::reject);

    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LeaveDialog::accept()
{
    if (!m_date->date().isValid()) {
        m_error->showMessage(tr("\"%1\" is not a date: type it as 2020-05-01.").arg(m_date->text()));
        m_date->setFocus();
        return;
    }
    const ServiceResult result = m_workspace.memberService().recordLeaving(
        m_member.id, m_date->date(), LeaveKind(m_kind->currentData().toInt()), m_reason->text());
    if (!result.ok()) {
        m_error->showMessage(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
