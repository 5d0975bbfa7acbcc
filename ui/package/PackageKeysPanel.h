#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace partydesk {

class PackageKeys;
class Workspace;

// 数据包 → 密钥: this workspace's two public keys to hand over, the senders whose packages open here
// and the recipients packages go to, each added by name and key (PackageKeys keeps the rules).
class PackageKeysPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageKeysPanel(Workspace& workspace, QWidget* parent = nullptr);

    void trustSender();
    void addRecipient();
    void reload();

signals:
    // The recipients changed: the sending page offers the new list.
    void recipientsChanged();

private:
    // Saves the name and key typed through `save`; `done` (with the name for %1) tells it went.
    bool addKey(QLineEdit* name, QLineEdit* key, QString (PackageKeys::*save)(const QString&, const QString&),
                const QString& done);
    void showResult(const QString& text, bool problem);

    Workspace& m_workspace;
    QLineEdit* m_signingKey = nullptr;
    QLineEdit* m_boxKey = nullptr;
    QLabel* m_senders = nullptr;
    QLabel* m_recipients = nullptr;
    QLineEdit* m_senderName = nullptr;
    QLineEdit* m_senderKey = nullptr;
    QLineEdit* m_recipientName = nullptr;
    QLineEdit* m_recipientKey = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace partydesk
