#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace partydesk {

class SecurityService;
struct ServiceResult;

// 书记/管理员 only: the users with their roles, adding one, changing a role, disabling or enabling,
// a new password; whether the workspace asks for sign-in and after how many idle minutes it locks.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(SecurityService& security, QWidget* parent = nullptr);

private:
    void reload();
    qint64 selectedUser(QString* name = nullptr) const;
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void setSignIn(bool on);
    void setLockMinutes(int minutes);
    // Shows a refusal or error; true when it went through.
    bool report(const ServiceResult& result);

    SecurityService& m_security;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_signIn = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace partydesk
