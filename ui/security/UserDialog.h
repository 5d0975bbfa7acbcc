#pragma once

#include "security/Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace partydesk {

class SecurityService;

// Adds a user (name, role, password), or sets a new password for `userId`.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // userId 0: a new user; otherwise only the password of that user changes.
    UserDialog(SecurityService& security, qint64 userId, const QString& userName, QWidget* parent = nullptr);

private:
    void save();

    SecurityService& m_security;
    qint64 m_userId;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace partydesk
