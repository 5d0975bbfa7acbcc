#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace partydesk {

// 文件 → 连接服务器: where the street's (or district's) shared workspace is, on a PostgreSQL server
// its IT staff runs, and who signs in there. The address is remembered for next time; the
// password never is (it goes to the new window for this connection only).
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget* parent = nullptr);

    // postgresql://user@host:port/database, without the password.
    QString url() const;
    QString password() const;

    // Tries the connection without creating anything; says the outcome under the fields.
    bool testConnection();

    void accept() override;

private:
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace partydesk
