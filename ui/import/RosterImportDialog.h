#pragma once

#include "import/RosterFields.h"
#include "import/RosterImportPlan.h"
#include "ImportPlanJob.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace partydesk {

class ImportFileStep;
class ImportMappingStep;
class ImportOptionsStep;
class ImportPreviewStep;
class Workspace;

// Brings a roster in from Excel or CSV in four steps: the file, the options, the columns, and a
// preview that saves nothing until the user clicks Import. The file is read on a thread of its own
// (with a progress bar that can stop it); the import itself is saved in one transaction, as one
// batch that the import history can undo.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        File,
        Options,
        Mapping,
        Preview
    };

    explicit RosterImportDialog(Workspace& workspace, QWidget* parent = nullptr);

    Step step() const;
    // As if the user had chosen the file (a file dropped on the window, screenshots).
    void setFile(const QString& path);
    bool isReading() const;

    // Stops reading the file before the dialog closes.
    void reject() override;

signals:
    // Emitted after a successful import, with its batch number: the roster, and the organisation
    // tree when branches were created, must be read again.
    void imported(qint64 batchId);
    void stepChanged(partydesk::RosterImportDialog::Step step);

private:
    void goTo(Step step);
    void next();
    void back();
    void onPathChosen(const QString& path);
    void onInspected(const QString& path, const QStringList& sheets, const QString& error);
    void startReading();
    void stopReading();
    void onPlanned(const ImportPlanJob::Result& result);
    void onFieldChosen(const QString& header, RosterField field);
    void importRows();
    void updateButtons();

    Workspace& m_workspace;
    ImportPlanJob* m_job = nullptr;
    QHash<qint64, QString> m_organisationNames;
    QHash<QString, RosterField> m_remembered; // earlier imports' hand mappings
    QHash<QString, RosterField> m_chosen;     // this import's, remembered once it is saved

    QString m_pendingPath;          // the file being opened
    QString m_inspectedPath;        // the file whose sheets are known
    bool m_advanceWhenRead = false; // Next was clicked: go on once the file is read
    bool m_reading = false;         // a preview is being made
    ImportPlanJob::Result m_planned;
    RosterImportOptions m_plannedOptions;

    QLabel* m_title = nullptr;
    QStackedWidget* m_steps = nullptr;
    ImportFileStep* m_fileStep = nullptr;
    ImportOptionsStep* m_optionsStep = nullptr;
    ImportMappingStep* m_mappingStep = nullptr;
    ImportPreviewStep* m_previewStep = nullptr;
    QWidget* m_readingBar = nullptr;
    QLabel* m_readingText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace partydesk
