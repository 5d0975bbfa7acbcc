#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace partydesk {

class FieldErrorLabel;
struct ImportBatch;
class ImportHistoryModel;
class Workspace;

// The roster imports saved so far, and undoing one while its members have not changed since.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Workspace& workspace, QWidget* parent = nullptr);

    ImportHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    // Asks first; shows the service's reason when the import can no longer be undone.
    void undoSelected();

signals:
    // Members were removed or given their earlier values back: the roster must be read again.
    void undone(qint64 batchId);

private:
    void reload();
    void updateActions();
    const ImportBatch* selectedBatch() const;

    Workspace& m_workspace;
    ImportHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_status = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
