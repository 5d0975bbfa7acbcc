#pragma once

#include "import/RosterImportPlan.h"

#include <array>
#include <memory>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace partydesk {

class FieldErrorLabel;
class ImportPreviewModel;

// Step 4 of a roster import: how many rows will be added, updated, left as saved or refused, every
// row with its problems, and whether the import can go ahead (and if not, why).
class ImportPreviewStep : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPreviewStep(QWidget* parent = nullptr);

    void setPlan(std::shared_ptr<const ImportPlan> plan, const QHash<qint64, QString>& organisationNames);
    bool keepSoundRows() const;
    // Something to save, and no refused row unless the user keeps the sound rows.
    bool canImport() const;
    // Why the import failed (in the user's language); empty to clear.
    void showError(const QString& message);
    ImportPreviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void readinessChanged();

private:
    void updateCounts();
    void updateReadiness();
    void showDetails(const QModelIndex& current);
    void saveProblems();

    std::shared_ptr<const ImportPlan> m_plan;
    ImportPreviewModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    std::array<QLabel*, 4> m_counts{}; // by int(ImportRow::Action)
    QLabel* m_remarks = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_details = nullptr;
    QCheckBox* m_keepSound = nullptr;
    QPushButton* m_saveProblems = nullptr;
    QLabel* m_reason = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
