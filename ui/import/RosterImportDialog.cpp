#include "RosterImportDialog.h"

#include "domain/OrganisationTree.h"
#include "ImportFileStep.h"
#include "ImportMappingStep.h"
#include "ImportOptionsStep.h"
#include "ImportPreviewStep.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace partydesk {

RosterImportDialog::RosterImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import a roster"));
    setObjectName(QStringLiteral("RosterImportDialog"));
    const QList<Organisation> organisations = workspace.organisations().all();
    m_organisationNames = organisationDisplayNames(organisations);
    m_remembered = workspace.rosterImportService().rememberedMappings();
    m_job = new ImportPlanJob(workspace.database().connectionName(), workspace.clock(), this);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_fileStep = new ImportFileStep(workspace.clock().today());
    m_optionsStep = new ImportOptionsStep(organisations);
    m_mappingStep = new ImportMappingStep;
    m_previewStep = new ImportPreviewStep;
    m_steps = new QStackedWidget;
    for (QWidget* step : {static_cast<QWidget*>(m_fileStep), static_cast<QWidget*>(m_optionsStep),
                          static_cast<QWidget*>(m_mappingStep), static_cast<QWidget*>(m_previewStep)})
        m_steps->addWidget(step);

    m_readingText = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("readingProgress"));
    m_progress->setRange(0, 1000);
    auto* stop = new QPushButton(tr("&Stop reading"));
    stop->setObjectName(QStringLiteral("stopReadingButton"));
    m_readingBar = new QWidget;
    auto* readingLayout = new QHBoxLayout(m_readingBar);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_readingText);
    readingLayout->addWidget(m_progress, 1);
    readingLayout->addWidget(stop);
    m_readingBar->hide();

    m_back = new QPushButton(tr("< &Back"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_import = new QPushButton(tr("&Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_readingBar);
    layout->addLayout(buttons);

    connect(m_fileStep, &ImportFileStep::pathChosen, this, &RosterImportDialog::onPathChosen);
    connect(m_mappingStep, &ImportMappingStep::fieldChosen, this, &RosterImportDialog::onFieldChosen);
    connect(m_previewStep, &ImportPreviewStep::readinessChanged, this, &RosterImportDialog::updateButtons);
    connect(m_job, &ImportPlanJob::inspected, this, &RosterImportDialog::onInspected);
    connect(m_job, &ImportPlanJob::planned, this, &RosterImportDialog::onPlanned);
    connect(m_job, &ImportPlanJob::progressed, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(stop, &QPushButton::clicked, this, &RosterImportDialog::stopReading);
    connect(m_back, &QPushButton::clicked, this, &RosterImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &RosterImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::importRows);
    connect(cancel, &QPushButton::clicked, this, &RosterImportDialog::reject);

    goTo(Step::File);
    // Fits a 1366×768 laptop screen with the taskbar; larger screens can enlarge it.
    resize(1040, 660);
}

RosterImportDialog::Step RosterImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

bool RosterImportDialog::isReading() const
{
    return m_reading;
}

void RosterImportDialog::setFile(const QString& path)
{
    m_fileStep->setPath(path);
}

void RosterImportDialog::reject()
{
    m_job->cancel();
    QDialog::reject();
}

void RosterImportDialog::goTo(Step step)
{
    static const char* const titles[] = {QT_TR_NOOP("Choose the file"), QT_TR_NOOP("Options"),
                                         QT_TR_NOOP("Columns"), QT_TR_NOOP("Preview and import")};
    m_steps->setCurrentIndex(int(step));
    m_title->setText(tr("Step %1 of 4: %2").arg(int(step) + 1).arg(tr(titles[int(step)])));
    updateButtons();
    emit stepChanged(step);
}

void RosterImportDialog::updateButtons()
{
    const Step s = step();
    m_back->setEnabled(s != Step::File);
    m_next->setVisible(s != Step::Preview);
    m_next->setEnabled(s == Step::File || (!m_reading && (s == Step::Options || m_planned != nullptr)));
    m_import->setVisible(s == Step::Preview);
    m_import->setEnabled(s == Step::Preview && !m_reading && m_previewStep->canImport());
    m_next->setDefault(s != Step::Preview);
    m_import->setDefault(s == Step::Preview);
}

void RosterImportDialog::next()
{
    switch (step()) {
    case Step::File: {
        const QString path = m_fileStep->path();
        if (path.isEmpty()) {
            m_fileStep->showError(tr("Choose the file to import first."));
        } else if (path == m_inspectedPath) {
            goTo(Step::Options);
        } else {
            if (path != m_pendingPath) // typed, and Next clicked before leaving the box
                onPathChosen(path);
            m_advanceWhenRead = true;
        }
        break;
    }
    case Step::Options:
        m_advanceWhenRead = true;
        startReading();
        break;
    case Step::Mapping:
        if (m_planned && !m_reading)
            goTo(Step::Preview);
        break;
    case Step::Preview:
        break;
    }
}

void RosterImportDialog::back()
{
    if (m_reading) {
        m_job->cancel();
        m_reading = false;
        m_readingBar->hide();
        m_advanceWhenRead = false;
    }
    if (step() != Step::File)
        goTo(Step(int(step()) - 1));
}

void RosterImportDialog::onPathChosen(const QString& path)
{
    m_pendingPath = path;
    m_inspectedPath.clear();
    m_planned.reset();
    m_advanceWhenRead = false;
    m_fileStep->showChecking();
    m_job->inspect(path);
}

void RosterImportDialog::onInspected(const QString& path, const QStringList& sheets, const QString& error)
{
    if (path != m_pendingPath)
        return; // another file was chosen meanwhile
    m_pendingPath.clear();
    if (!error.isEmpty() || sheets.isEmpty()) {
        m_fileStep->showError(error.isEmpty() ? tr("The file has no sheet to read.") : error);
        m_advanceWhenRead = false;
        return;
    }
    m_inspectedPath = path;
    m_fileStep->showSheets(sheets);
    m_optionsStep->setSheets(sheets);
    if (std::exchange(m_advanceWhenRead, false))
        goTo(Step::Options);
}

void RosterImportDialog::startReading()
{
    RosterImportOptions options = m_optionsStep->options();
    options.mapping = m_remembered;
    options.mapping.insert(m_chosen);
    m_plannedOptions = options;
    m_reading = true;
    m_progress->setValue(0);
    m_readingText->setText(tr("Reading %1…").arg(QFileInfo(m_inspectedPath).fileName()));
    m_readingBar->show();
    m_optionsStep->showError({});
    m_job->plan(m_inspectedPath, options);
    updateButtons();
}

void RosterImportDialog::stopReading()
{
    m_job->cancel();
    m_reading = false;
    m_advanceWhenRead = false;
    m_readingBar->hide();
    // A stopped preview no longer matches the columns shown: start again from the options.
    m_planned.reset();
    m_optionsStep->showError(tr("Reading stopped; nothing was saved."));
    goTo(Step::Options);
}

void RosterImportDialog::onPlanned(const ImportPlanJob::Result& result)
{
    m_reading = false;
    m_readingBar->hide();
    const bool advance = std::exchange(m_advanceWhenRead, false);
    if (!result->plan.fatal.isEmpty()) {
        m_planned.reset();
        m_optionsStep->showError(result->plan.fatal);
        goTo(Step::Options);
        return;
    }
    m_planned = result;
    m_mappingStep->setPlanned(*result);
    // The preview reads the plan inside the shared result, which keeps it alive.
    m_previewStep->setPlan(std::shared_ptr<const ImportPlan>(result, &result->plan), m_organisationNames);
    if (advance)
        goTo(Step::Mapping);
    else
        updateButtons();
}

void RosterImportDialog::onFieldChosen(const QString& header, RosterField field)
{
    const QString key = RosterFields::normalisedHeader(header);
    m_chosen.insert(key, field);
    // The planner reads a field from one column only: the column that had it gives it up, so the
    // user's choice is the one read.
    QString note;
    if (field != RosterField::Ignore && m_planned)
        for (const ImportColumn& column : m_planned->plan.columns) {
            const QString other = RosterFields::normalisedHeader(column.header);
            if (column.field == field && other != key) {
                m_chosen.insert(other, RosterField::Ignore);
                note = tr("\"%1\" is now left out: %2 is read from \"%3\".")
                           .arg(column.header, RosterFields::label(field), header);
            }
        }
    m_mappingStep->showNote(note);
    startReading();
}

void RosterImportDialog::importRows()
{
    if (!m_planned || m_reading || !m_previewStep->canImport())
        return;
    const ImportPlan& plan = m_planned->plan;
    m_previewStep->showError({});
    QProgressDialog progress(tr("Saving the members…"), tr("Cancel"), 0, int(plan.rows.size()), this);
    progress.setObjectName(QStringLiteral("savingProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // The import writes through the workspace's connection, which belongs to this thread; the window
    // is kept responsive between batches of rows instead. Cancelling saves nothing.
    const ServiceResult saved = m_workspace.rosterImportService().apply(
        plan, m_previewStep->keepSoundRows(), m_plannedOptions.createBranchesUnder, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!saved.ok()) {
        m_previewStep->showError(saved.message);
        return;
    }
    // Only the columns mapped by hand are remembered; failing to remember them loses a convenience,
    // not the import.
    if (!m_chosen.isEmpty())
        m_workspace.rosterImportService().rememberMapping(m_chosen);
    emit imported(saved.id);
    QString text = tr("Saved as import No. %1: %2 added, %3 updated.")
                       .arg(saved.id)
                       .arg(plan.count(ImportRow::Action::Add))
                       .arg(plan.count(ImportRow::Action::Update));
    if (!plan.branchesToCreate.isEmpty())
        text += QLatin1Char('\n') +
                tr("Branches created: %1.").arg(plan.branchesToCreate.join(QStringLiteral("、")));
    text +=
        QStringLiteral("\n\n") +
        tr("While these members have not been changed, the import can be undone from the import history.");
    QMessageBox::information(this, tr("Roster imported"), text);
    accept();
}

} // namespace partydesk
