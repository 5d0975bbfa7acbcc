#include "ImportHistoryDialog.h"

#include "ImportHistoryModel.h"
#include "widgets/ColumnFitter.h"
#include "widgets/FieldErrorLabel.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

ImportHistoryDialog::ImportHistoryDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import history"));
    setObjectName(QStringLiteral("ImportHistoryDialog"));
    auto* intro = new QLabel(tr("Every roster import, newest first. An import can be undone while its "
                                "members have not been changed since: members it added are removed, "
                                "members it updated get their earlier values back."));
    intro->setWordWrap(true);

    m_model = new ImportHistoryModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("undoError"));

    auto* buttons = new QDialogButtonBox;
    m_undo = buttons->addButton(tr("&Undo this import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportHistoryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryDialog::updateActions);
    reload();
    resize(860, 420);
}

void ImportHistoryDialog::reload()
{
    m_model->setBatches(m_workspace.rosterImportService().batches());
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No roster has been imported into this workspace yet."));
}

const ImportBatch* ImportHistoryDialog::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->batchAt(rows.first().row());
}

void ImportHistoryDialog::updateActions()
{
    const ImportBatch* batch = selectedBatch();
    m_undo->setEnabled(batch && !batch->isUndone());
}

void ImportHistoryDialog::undoSelected()
{
    const ImportBatch* batch = selectedBatch();
    if (!batch || batch->isUndone())
        return;
    const qint64 id = batch->id;
    const QString question =
        tr("Undo import No. %1 (%2, %3)? The %4 member(s) it added are removed from the roster and the %5 "
           "it updated get their earlier values back.")
            .arg(id)
            .arg(batch->fileName, batch->importedAt)
            .arg(batch->added)
            .arg(batch->updated);
    if (QMessageBox::question(this, tr("Undo the import"), question) != QMessageBox::Yes)
        return;
    const ServiceResult result = m_workspace.rosterImportService().undo(id);
    if (!result.ok()) {
        m_error->showMessage(result.message);
        return;
    }
    m_error->showMessage({});
    reload();
    m_status->setText(tr("Import No. %1 was undone.").arg(id));
    emit undone(id);
}

} // namespace partydesk
