#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace partydesk {

class SecurityService;

// The first start of a new workspace: create the first 书记/管理员 account (sign-in on, the
// default), or choose, clearly, to work without sign-in. Closing it decides nothing: the next
// start asks again.
class FirstUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstUserDialog(SecurityService& security, QWidget* parent = nullptr);

private:
    void createAdmin();
    void workWithoutSignIn();

    SecurityService& m_security;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace partydesk
