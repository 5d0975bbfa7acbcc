#include "FirstUserDialog.h"

#include "security/SecurityService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

FirstUserDialog::FirstUserDialog(SecurityService& security, QWidget* parent)
    : QDialog(parent), m_security(security)
{
    setObjectName(QStringLiteral("FirstUserDialog"));
    setWindowTitle(tr("Protect the new workspace"));
    auto* intro = new QLabel(
        tr("This workspace will hold personal information of Party members. Create the account of the "
           "secretary / administrator: from now on everyone signs in, and each user may do what their "
           "role allows (secretary / administrator, Party affairs officer, viewer). Every action is "
           "recorded in the audit trail with the user's name."));
    intro->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("adminPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name of the secretary / administrator"), m_name);
    form->addRow(tr("Password (at least %1 characters)").arg(SecurityService::minimumPasswordLength),
                 m_password);
    form->addRow(tr("Password again"), m_repeat);

    auto* buttons = new QDialogButtonBox;
    QPushButton* create =
        buttons->addButton(tr("Create the account and sign in"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createAdminButton"));
    create->setDefault(true);
    QPushButton* without = buttons->addButton(tr("Work without sign-in…"), QDialogButtonBox::ActionRole);
    without->setObjectName(QStringLiteral("withoutSignInButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstUserDialog::createAdmin);
    connect(without, &QPushButton::clicked, this, &FirstUserDialog::workWithoutSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void FirstUserDialog::createAdmin()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const ServiceResult result = m_security.createFirstAdmin(m_name->text(), m_password->text());
    if (!result.ok()) {
        m_message->setText(result.message);
        (result.field == QLatin1String("name") ? m_name : m_password)->setFocus();
        return;
    }
    accept();
}

void FirstUserDialog::workWithoutSignIn()
{
    const auto answer = QMessageBox::warning(
        this, tr("Work without sign-in"),
        tr("Without sign-in, anyone who can open this computer's account can read and change every "
           "member's personal information, and the audit trail cannot tell who did what. A secretary / "
           "administrator can turn sign-in on later under Security → Users and sign-in.\n\n"
           "Work without sign-in?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const ServiceResult result = m_security.chooseNoSignIn();
    if (!result.ok()) {
        m_message->setText(result.message);
        return;
    }
    accept();
}

} // namespace partydesk
