#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace partydesk {

class AuditTrailModel;
class Workspace;

// 书记/管理员 only: browse the audit trail by user, action and dates, verify its chain (the result
// in words, naming the first broken entry) and export what is shown to .xlsx.
class AuditPage : public QDialog
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace& workspace, QWidget* parent = nullptr);

    AuditTrailModel* model() const { return m_model; }
    void reload();
    void verifyChain();
    // Writes the entries shown to `path` (.xlsx); the error text, or an empty string.
    QString exportTo(const QString& path);

private:
    void exportToExcel();

    Workspace& m_workspace;
    AuditTrailModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace partydesk
