#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace partydesk {

class SecurityService;

// Asks for a user name and password and signs in through SecurityService. As the lock screen it
// asks the same user's password, and "Another user…" lets someone else sign in instead. After
// wrong passwords the button waits out the delay with a countdown.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        SignIn,
        Unlock
    };
    SignInDialog(SecurityService& security, Purpose purpose, const QString& userName = {},
                 QWidget* parent = nullptr);

private:
    void trySignIn();
    void allowAnotherUser();
    void updateWait();

    SecurityService& m_security;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;
    QTimer* m_countdown = nullptr;
};

} // namespace partydesk
