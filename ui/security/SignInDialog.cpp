#include "SignInDialog.h"

#include "security/SecurityService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace partydesk {

SignInDialog::SignInDialog(SecurityService& security, Purpose purpose, const QString& userName,
                           QWidget* parent)
    : QDialog(parent), m_security(security)
{
    setObjectName(QStringLiteral("SignInDialog"));
    const bool unlock = purpose == Purpose::Unlock;
    setWindowTitle(unlock ? tr("Locked") : tr("Sign in"));
    auto* intro = new QLabel(unlock ? tr("The window was locked after a time without use. Enter your "
                                         "password to go on, or sign in as another user.")
                                    : tr("This workspace asks for sign-in."));
    intro->setWordWrap(true);
    m_name = new QLineEdit(userName);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setReadOnly(unlock);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);

    auto* buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(unlock ? tr("Unlock") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    if (unlock) {
        QPushButton* other = buttons->addButton(tr("Another user…"), QDialogButtonBox::ActionRole);
        other->setObjectName(QStringLiteral("anotherUserButton"));
        connect(other, &QPushButton::clicked, this, &SignInDialog::allowAnotherUser);
    }
    buttons->addButton(unlock ? tr("Quit PartyDesk") : tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Wide enough for its sentence on one or two lines and a name typed whole, not a narrow strip.
    setMinimumWidth(fontMetrics().height() * 22);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::updateWait);
    (userName.isEmpty() ? m_name : m_password)->setFocus();
    if (!userName.isEmpty())
        updateWait();
}

void SignInDialog::trySignIn()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_name->setFocus();
        return;
    }
    const SignInResult result = m_security.signIn(m_name->text(), m_password->text());
    if (result.ok) {
        accept();
        return;
    }
    m_password->clear();
    m_password->setFocus();
    m_message->setText(result.message);
    if (result.waitSeconds > 0)
        updateWait();
}

void SignInDialog::allowAnotherUser()
{
    m_name->setReadOnly(false);
    m_name->clear();
    m_password->clear();
    m_message->clear();
    m_name->setFocus();
    updateWait();
}

// The button stays off while the name must still wait; the label counts down.
void SignInDialog::updateWait()
{
    const int wait = m_security.secondsToWait(m_name->text());
    const bool wasWaiting = m_countdown->isActive();
    m_signIn->setEnabled(wait == 0);
    if (wait > 0) {
        m_message->setText(tr("Too many wrong passwords; try again in %n seconds.", nullptr, wait));
        m_countdown->start();
    } else if (wasWaiting) {
        m_countdown->stop();
        m_message->clear();
    }
}

} // namespace partydesk
