#pragma once

#include "package/PackageTransfer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace partydesk {

class PackageCountsModel;
class Workspace;

// 数据包 → 接收: a package opened with this workspace's keys, what it would change here (a community's
// year: counts by kind and where the community goes; a street's plan: the template and the months),
// and its import, all through core/package.
class PackageReceivePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PackageReceivePanel(Workspace& workspace, QWidget* parent = nullptr);

    PackageCountsModel* model() const { return m_model; }
    // Asks for a file, then opens it.
    void chooseFile();
    // Opens `path` and shows what it would change; false (and says why) when it cannot be opened.
    bool openFile(const QString& path);
    // Imports the package shown; false (and says why) when nothing was imported.
    bool importShown();

signals:
    // Records were written: the window's pages read again.
    void imported();

private:
    void showPreview();
    void fillPlaces();
    void showResult(const QString& text, bool problem);

    Workspace& m_workspace;
    PackageTransfer::Received m_received;
    QLabel* m_file = nullptr;
    QLabel* m_about = nullptr;
    QComboBox* m_under = nullptr;
    QLabel* m_underLabel = nullptr;
    PackageCountsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace partydesk
