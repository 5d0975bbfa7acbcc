#pragma once

#include "storage/BackupFiles.h"

#include <functional>
#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace partydesk {

class BackupTableModel;
class Workspace;

// 文件 → 备份与恢复: the backups of this workspace, a backup now (plain or encrypted), restore of
// any of them (or of a backup file from elsewhere), the backup folder and how many are kept.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(Workspace& workspace, const QString& workspacePath, QWidget* parent = nullptr);

    BackupTableModel* model() const { return m_model; }
    // How the window lets go of its connection before a restore (default: closes it) and takes it
    // up again afterwards.
    void setConnectionHandlers(std::function<void()> close, std::function<void()> reopen);

    void backUpNow();
    void backUpEncrypted();
    void restoreSelected();
    void restoreFromFile();
    void chooseFolder();

signals:
    // The workspace file was replaced: the window opens it afresh.
    void workspaceRestored();

private:
    void reload();
    void savePolicy();
    void restore(const QString& backupPath);
    void showResult(const QString& text, bool problem);

    Workspace& m_workspace;
    QString m_workspacePath;
    BackupSettings m_settings;
    std::function<void()> m_closeConnection;
    std::function<void()> m_reopenConnection;
    BackupTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_result = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QPushButton* m_restoreButton = nullptr;
    bool m_mayRestore = true;
};

} // namespace partydesk
