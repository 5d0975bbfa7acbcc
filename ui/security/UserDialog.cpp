#include "UserDialog.h"

#include "security/SecurityService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace partydesk {

UserDialog::UserDialog(SecurityService& security, qint64 userId, const QString& userName, QWidget* parent)
    : QDialog(parent), m_security(security), m_userId(userId)
{
    setObjectName(QStringLiteral("UserDialog"));
    setWindowTitle(userId == 0 ? tr("Add a user") : tr("New password for %1").arg(userName));
    m_name = new QLineEdit(userName);
    m_name->setObjectName(QStringLiteral("newUserName"));
    m_name->setReadOnly(userId != 0);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("newUserRole"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), Roles::code(role));
    m_role->setCurrentIndex(m_role->findData(Roles::code(Role::Officer)));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("newUserPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    if (userId == 0)
        form->addRow(tr("Role"), m_role);
    else
        m_role->hide();
    form->addRow(tr("Password (at least %1 characters)").arg(SecurityService::minimumPasswordLength),
                 m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void UserDialog::save()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const Role role = Roles::fromCode(m_role->currentData().toString()).value_or(Role::Viewer);
    const ServiceResult result = m_userId == 0 ? m_security.addUser(m_name->text(), m_password->text(), role)
                                               : m_security.setPassword(m_userId, m_password->text());
    if (!result.ok()) {
        m_message->setText(result.message);
        return;
    }
    accept();
}

} // namespace partydesk
