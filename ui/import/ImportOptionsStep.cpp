#include "ImportOptionsStep.h"

#include "domain/OrganisationTree.h"
#include "widgets/FieldErrorLabel.h"

#include <functional>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// The organisations in tree order, each with its depth, so the combo boxes read like the tree.
QList<QPair<const Organisation*, int>> treeOrder(const QList<Organisation>& organisations)
{
    QHash<qint64, QList<const Organisation*>> children;
    QSet<qint64> ids;
    for (const Organisation& org : organisations)
        ids.insert(org.id);
    for (const Organisation& org : organisations)
        children[ids.contains(org.parentId) ? org.parentId : 0].append(&org);
    QList<QPair<const Organisation*, int>> ordered;
    std::function<void(qint64, int)> visit = [&](qint64 parent, int depth) {
        for (const Organisation* org : children.value(parent)) {
            ordered.append({org, depth});
            visit(org->id, depth + 1);
        }
    };
    visit(0, 0);
    return ordered;
}

} // namespace

ImportOptionsStep::ImportOptionsStep(const QList<Organisation>& organisations, QWidget* parent)
    : QWidget(parent)
{
    m_sheetLabel = new QLabel;
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));

    auto* existing = new QGroupBox(tr("Members already on the roster (the same ID number)"));
    m_skipExisting = new QRadioButton(tr("&Leave them as saved"));
    m_skipExisting->setObjectName(QStringLiteral("skipExistingRadio"));
    m_skipExisting->setChecked(true);
    m_updateExisting = new QRadioButton(tr("&Update them from the file (empty cells keep the saved values)"));
    m_updateExisting->setObjectName(QStringLiteral("updateExistingRadio"));
    auto* existingLayout = new QVBoxLayout(existing);
    existingLayout->addWidget(m_skipExisting);
    existingLayout->addWidget(m_updateExisting);

    auto* branches = new QGroupBox(tr("Branches"));
    m_createBranches = new QCheckBox(tr("&Create the branches the file names that do not exist yet, under:"));
    m_createBranches->setObjectName(QStringLiteral("createBranchesCheck"));
    m_createUnder = new QComboBox;
    m_createUnder->setObjectName(QStringLiteral("createUnderCombo"));
    m_defaultBranch = new QComboBox;
    m_defaultBranch->setObjectName(QStringLiteral("defaultBranchCombo"));
    m_defaultBranch->addItem(tr("None: such rows are refused"), 0);
    const QHash<qint64, QString> names = organisationDisplayNames(organisations);
    for (const auto& [org, depth] : treeOrder(organisations)) {
        if (isBranchLevel(org->type))
            m_defaultBranch->addItem(names.value(org->id), org->id);
        else // committees hold branches: new branches go under one of them
            m_createUnder->addItem(QString(depth * 2, QChar(0x3000)) + org->name, org->id);
    }
    m_createBranches->setEnabled(m_createUnder->count() > 0);
    m_createUnder->setEnabled(false);
    auto* unmatched = new QLabel(tr("Otherwise a row whose branch is not in the workspace is refused."));
    unmatched->setWordWrap(true);
    auto* branchForm = new QFormLayout;
    branchForm->addRow(tr("Rows that name no &branch go to:"), m_defaultBranch);
    auto* branchesLayout = new QVBoxLayout(branches);
    branchesLayout->addWidget(m_createBranches);
    branchesLayout->addWidget(m_createUnder);
    branchesLayout->addWidget(unmatched);
    branchesLayout->addLayout(branchForm);

    m_error = new FieldErrorLabel;
    m_error->setObjectName(QStringLiteral("optionsError"));

    m_sheetForm = new QFormLayout;
    m_sheetForm->addRow(tr("&Sheet:"), m_sheet);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sheetLabel);
    layout->addLayout(m_sheetForm);
    layout->addWidget(existing);
    layout->addWidget(branches);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_createBranches, &QCheckBox::toggled, m_createUnder, &QWidget::setEnabled);
    setSheets({});
}

void ImportOptionsStep::setSheets(const QStringList& sheets)
{
    m_sheet->clear();
    m_sheet->addItems(sheets);
    // A CSV file or a one-sheet workbook has nothing to choose.
    const bool choose = sheets.size() > 1;
    m_sheetForm->setRowVisible(m_sheet, choose);
    m_sheetLabel->setText(sheets.size() == 1 ? tr("Sheet \"%1\" will be read.").arg(sheets.first())
                                             : tr("The workbook has several sheets: choose the roster."));
    m_sheetLabel->setVisible(!sheets.isEmpty());
    m_error->showMessage({});
}

RosterImportOptions ImportOptionsStep::options() const
{
    RosterImportOptions options;
    options.sheet = std::max(0, m_sheet->currentIndex());
    options.updateExisting = m_updateExisting->isChecked();
    options.createBranchesUnder =
        m_createBranches->isChecked() ? m_createUnder->currentData().toLongLong() : 0;
    options.defaultBranch = m_defaultBranch->currentData().toLongLong();
    return options;
}

void ImportOptionsStep::showError(const QString& message)
{
    m_error->showMessage(message);
}

} // namespace partydesk
