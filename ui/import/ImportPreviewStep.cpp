#include "ImportPreviewStep.h"

#include "import/ImportWorkbooks.h"
#include "ImportPreviewModel.h"
#include "reports/FileWrittenMessage.h"
#include "widgets/FieldErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// A count in large type over its caption, so the four outcomes read at a glance.
QFrame* countTile(const QString& caption, const QString& objectName, QLabel** number)
{
    auto* tile = new QFrame;
    tile->setFrameShape(QFrame::StyledPanel);
    *number = new QLabel(QStringLiteral("0"));
    (*number)->setObjectName(objectName);
    QFont big = (*number)->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    (*number)->setFont(big);
    auto* layout = new QVBoxLayout(tile);
    layout->addWidget(*number);
    layout->addWidget(new QLabel(caption));
    return tile;
}

} // namespace

ImportPreviewStep::ImportPreviewStep(QWidget* parent) : QWidget(parent)
{
    m_model = new ImportPreviewModel(this);
    auto* tiles = new QHBoxLayout;
    const QList<std::tuple<ImportRow::Action, QString, const char*>> outcomes = {
        {ImportRow::Action::Add, tr("to add"), "addCount"},
        {ImportRow::Action::Update, tr("to update"), "updateCount"},
        {ImportRow::Action::Skip, tr("already on the roster, left as saved"), "skipCount"},
        {ImportRow::Action::Refused, tr("refused"), "refusedCount"}};
    for (const auto& [action, caption, name] : outcomes)
        tiles->addWidget(countTile(caption, QLatin1String(name), &m_counts[size_t(action)]));
    tiles->addStretch(1);

    m_remarks = new QLabel;
    m_remarks->setObjectName(QStringLiteral("previewRemarks"));
    m_remarks->setWordWrap(true);

    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("filterCombo"));
    m_saveProblems = new QPushButton(tr("Save problem &list…"));
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsButton"));
    m_saveProblems->setToolTip(tr("The refused rows as they are in the file, each with what to correct: "
                                  "correct them in Excel and import the file again."));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:")));
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_saveProblems);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: measuring a district's 100,000 rows would take longer than reading them.
    const int em = m_view->fontMetrics().horizontalAdvance(QStringLiteral("党"));
    const QList<QPair<int, int>> widths = {{ImportPreviewModel::RowColumn, 3},
                                           {ImportPreviewModel::NameColumn, 6},
                                           {ImportPreviewModel::IdNumberColumn, 11},
                                           {ImportPreviewModel::BranchColumn, 13}};
    for (const auto& w : widths)
        m_view->setColumnWidth(w.first, w.second * em + 12);
    // As wide as its longest text in the language shown.
    int actionWidth = 0;
    for (ImportRow::Action action : {ImportRow::Action::Add, ImportRow::Action::Update,
                                     ImportRow::Action::Skip, ImportRow::Action::Refused})
        actionWidth = std::max(
            actionWidth, m_view->fontMetrics().horizontalAdvance(ImportPreviewModel::actionText(action)));
    m_view->setColumnWidth(ImportPreviewModel::ActionColumn, actionWidth + 16);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("rowDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepSound = new QCheckBox(tr("&Keep the sound rows, skip the refused rows"));
    m_keepSound->setObjectName(QStringLiteral("keepSoundRowsCheck"));
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setWordWrap(true);
    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("importError"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_remarks);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_keepSound);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(ImportPreviewModel::Filter(m_filter->currentData().toInt()));
        m_details->clear();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewStep::showDetails);
    connect(m_keepSound, &QCheckBox::toggled, this, &ImportPreviewStep::updateReadiness);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportPreviewStep::saveProblems);
}

void ImportPreviewStep::setPlan(std::shared_ptr<const ImportPlan> plan,
                                const QHash<qint64, QString>& organisationNames)
{
    m_plan = std::move(plan);
    m_model->setPlan(m_plan, organisationNames);
    m_details->clear();
    m_error->showMessage({});
    updateCounts();
    updateReadiness();
}

void ImportPreviewStep::updateCounts()
{
    for (int a = 0; a < int(m_counts.size()); ++a)
        m_counts[size_t(a)]->setText(QString::number(m_plan ? m_plan->count(ImportRow::Action(a)) : 0));
    const int refused = m_plan ? m_plan->count(ImportRow::Action::Refused) : 0;
    m_counts[size_t(ImportRow::Action::Refused)]->setStyleSheet(
        refused > 0 ? QStringLiteral("color: #b3261e;") : QString());

    int withNotes = 0;
    QStringList remarks;
    if (m_plan) {
        withNotes = int(std::count_if(m_plan->rows.cbegin(), m_plan->rows.cend(),
                                      [](const ImportRow& r) { return !r.notes.isEmpty(); }));
        if (m_plan->skippedRows > 0)
            remarks << tr("%n title, blank or total row(s) skipped.", nullptr, m_plan->skippedRows);
        if (!m_plan->branchesToCreate.isEmpty())
            remarks
                << tr("Branches to be created: %1.").arg(m_plan->branchesToCreate.join(QStringLiteral("、")));
        QStringList unread;
        for (const ImportColumn& column : m_plan->unknownColumns())
            unread << column.header;
        if (!unread.isEmpty())
            remarks << tr("Columns not read: %1.").arg(unread.join(QStringLiteral("、")));
    }
    m_remarks->setText(remarks.join(QLatin1Char(' ')));
    m_remarks->setVisible(!remarks.isEmpty());

    const QSignalBlocker block(m_filter);
    const int current = std::max(0, m_filter->currentIndex());
    m_filter->clear();
    m_filter->addItem(tr("All rows (%1)").arg(m_plan ? int(m_plan->rows.size()) : 0),
                      int(ImportPreviewModel::Filter::All));
    m_filter->addItem(tr("Refused rows (%1)").arg(refused), int(ImportPreviewModel::Filter::Refused));
    m_filter->addItem(tr("Rows with notes (%1)").arg(withNotes), int(ImportPreviewModel::Filter::WithNotes));
    m_filter->setCurrentIndex(current);
    m_model->setFilter(ImportPreviewModel::Filter(m_filter->currentData().toInt()));

    m_keepSound->setVisible(refused > 0);
    m_saveProblems->setEnabled(refused > 0);
}

bool ImportPreviewStep::keepSoundRows() const
{
    return m_keepSound->isChecked();
}

bool ImportPreviewStep::canImport() const
{
    if (!m_plan || !m_plan->fatal.isEmpty())
        return false;
    const int toSave = m_plan->count(ImportRow::Action::Add) + m_plan->count(ImportRow::Action::Update);
    return toSave > 0 && (!m_plan->hasProblems() || keepSoundRows());
}

void ImportPreviewStep::updateReadiness()
{
    const int refused = m_plan ? m_plan->count(ImportRow::Action::Refused) : 0;
    const int toSave =
        m_plan ? m_plan->count(ImportRow::Action::Add) + m_plan->count(ImportRow::Action::Update) : 0;
    QString reason;
    if (toSave == 0)
        reason = tr("Nothing to import: no row would add or update a member.");
    else if (refused > 0 && !keepSoundRows())
        reason = tr("%n row(s) are refused. Correct them in the file (the problem list says how) and read it "
                    "again, or tick \"Keep the sound rows\" to import the others now.",
                    nullptr, refused);
    else if (refused > 0)
        reason = tr("The %n refused row(s) will not be imported.", nullptr, refused);
    else
        reason = tr("Nothing is saved until you click Import. An import can be undone from the import "
                    "history while its members have not changed since.");
    m_reason->setText(reason);
    emit readinessChanged();
}

void ImportPreviewStep::showDetails(const QModelIndex& current)
{
    const ImportRow* row = m_model->rowAt(current.row());
    if (!row) {
        m_details->clear();
        return;
    }
    const QStringList lines = row->problems + row->notes;
    m_details->setText(
        lines.isEmpty() ? QString()
                        : tr("Row %1: %2").arg(row->sheetRow).arg(ImportPreviewModel::joinMessages(lines)));
}

void ImportPreviewStep::showError(const QString& message)
{
    m_error->showMessage(message);
}

void ImportPreviewStep::saveProblems()
{
    if (!m_plan)
        return;
    const QFileInfo source(m_plan->path);
    const QString suggested = source.dir().filePath(tr("%1 problems.xlsx").arg(source.completeBaseName()));
    QString out = QFileDialog::getSaveFileName(this, tr("Save the problem list"), suggested,
                                               tr("Excel workbooks (*.xlsx)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        out += QLatin1String(".xlsx");
    if (const QString error = writeImportProblems(*m_plan, out); !error.isEmpty()) {
        m_error->showMessage(error);
        return;
    }
    m_error->showMessage({});
    m_details->setText(tr("Problem list saved: %1").arg(QDir::toNativeSeparators(out)));
    FileWrittenMessage::show(this, tr("Save the problem list"),
                             tr("The problem list is saved: correct the rows in the roster file, then "
                                "import it again."),
                             out);
}

} // namespace partydesk
