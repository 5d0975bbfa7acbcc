#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace partydesk {

class Workspace;

// 数据包 → 发送: a community's year for its street, or a street's rating template and theme-day plan
// for a community, sealed for the recipient chosen and written to a file to hand over.
class PackageSendPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageSendPanel(Workspace& workspace, QWidget* parent = nullptr);

    // The recipients as PackageKeys has them now.
    void reloadRecipients();
    // Asks where to write, then writes.
    void chooseFileAndWrite();
    // Writes the package chosen on the page to `path`; false (and says why) when it could not.
    bool writeTo(const QString& path);

private:
    void showResult(const QString& text, bool problem);

    Workspace& m_workspace;
    QComboBox* m_content = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_recipient = nullptr;
    QPushButton* m_write = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace partydesk
