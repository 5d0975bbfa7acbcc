#include "ImportMappingStep.h"

#include "ImportFieldDelegate.h"
#include "ImportMappingModel.h"
#include "ImportPlanJob.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

ImportMappingStep::ImportMappingStep(QWidget* parent) : QWidget(parent)
{
    m_model = new ImportMappingModel(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("mappingView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ImportMappingModel::ReadAsColumn, new ImportFieldDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // the combo boxes take the focus; the cells have nothing to edit
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // the combo boxes stay open
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QStringLiteral("党"));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    const QString letterHeader =
        m_model->headerData(ImportMappingModel::LetterColumn, Qt::Horizontal).toString();
    m_view->setColumnWidth(ImportMappingModel::LetterColumn,
                           std::max(3 * em, m_view->fontMetrics().horizontalAdvance(letterHeader) + 16));
    m_view->setColumnWidth(ImportMappingModel::HeaderColumn, 11 * em);
    m_view->setColumnWidth(ImportMappingModel::ReadAsColumn, 15 * em);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("mappingNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_model, &ImportMappingModel::fieldChosen, this, &ImportMappingStep::fieldChosen);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportMappingStep::openEditors);
}

// Combo boxes always on show: the secretary sees at a glance what every column is read as.
void ImportMappingStep::openEditors()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, ImportMappingModel::ReadAsColumn));
}

void ImportMappingStep::setPlanned(const PlannedImport& planned)
{
    const ImportPlan& plan = planned.plan;
    m_model->setColumns(plan.columns, planned.firstRows, plan.headerRow);
    const int unknown = m_model->unknownCount();
    const QString where =
        tr("The header is on row %1 of sheet \"%2\".").arg(plan.headerRow).arg(plan.sheetName);
    m_summary->setText(
        where + QLatin1Char(' ') +
        (unknown > 0 ? tr("%n column(s) were not recognised (highlighted) and are not read: choose what each "
                          "holds, or leave it out. Your choices are remembered for the next import.",
                          nullptr, unknown)
                     : tr("Every column was recognised. Check what each is read as, and change any that is "
                          "wrong.")));
}

void ImportMappingStep::showNote(const QString& note)
{
    m_note->setText(note);
}

} // namespace partydesk
