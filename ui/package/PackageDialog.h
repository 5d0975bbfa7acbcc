#pragma once

#include <QDialog>

class QTabWidget;

namespace partydesk {

class PackageKeysPanel;
class PackageReceivePanel;
class PackageSendPanel;
class Workspace;

// 文件 → 数据包: the year's data between a community and its street as encrypted, signed files —
// sending, receiving, and the keys both sides exchange once.
class PackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageDialog(Workspace& workspace, QWidget* parent = nullptr);

    PackageSendPanel* sendPanel() const { return m_send; }
    PackageReceivePanel* receivePanel() const { return m_receive; }
    PackageKeysPanel* keysPanel() const { return m_keys; }

signals:
    // A package was imported: the window's pages read again.
    void imported();

private:
    PackageSendPanel* m_send = nullptr;
    PackageReceivePanel* m_receive = nullptr;
    PackageKeysPanel* m_keys = nullptr;
};

} // namespace partydesk
