#include "TemplateEditor.h"

#include "EvidenceSourceDelegate.h"
#include "forms/FormButtons.h"
#include "rating/TemplateFile.h"
#include "reports/ReportActions.h"
#include "TemplateModel.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QDoubleSpinBox* pointsBox(double max)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    return box;
}

// A quota of 0 means none.
QDoubleSpinBox* quotaBox()
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    box->setSpecialValueText(TemplateEditor::tr("no quota"));
    return box;
}

} // namespace

TemplateEditor::TemplateEditor(Workspace& workspace, const RatingTemplate& ratingTemplate, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_original(ratingTemplate)
{
    setWindowTitle(tr("Star rating template %1").arg(ratingTemplate.year));
    setObjectName(QStringLiteral("TemplateEditor"));
    m_model = new TemplateModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    ColumnFitter::attach(m_tree);
    m_tree->setItemDelegateForColumn(TemplateModel::SourceColumn, new EvidenceSourceDelegate(m_tree));

    auto* addAspect = new QPushButton(tr("Add aspect"));
    auto* addTask = new QPushButton(tr("Add task"));
    auto* remove = new QPushButton(tr("Delete"));
    auto* up = new QPushButton(tr("Up"));
    auto* down = new QPushButton(tr("Down"));
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("templateTotal"));
    auto* treeButtons = new QHBoxLayout;
    for (QPushButton* b : {addAspect, addTask, remove, up, down})
        treeButtons->addWidget(b);
    treeButtons->addStretch();
    treeButtons->addWidget(m_total);

    m_items = new QTableWidget(0, 4);
    m_items->setHorizontalHeaderLabels({tr("Type"), tr("Item"), tr("Max."), tr("Explanation")});
    m_items->verticalHeader()->hide();
    ColumnFitter::attach(m_items);
    auto* addItem = new QPushButton(tr("Add item"));
    auto* removeItem = new QPushButton(tr("Delete item"));
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(removeItem);
    itemButtons->addStretch();

    m_name = new QLineEdit;
    for (auto& box : m_thresholds)
        box = pointsBox(200);
    m_bonusCap = pointsBox(100);
    m_vetoCap = new QSpinBox;
    m_vetoCap->setRange(1, 5);
    m_fiveQuota = quotaBox();
    m_fourQuota = quotaBox();
    auto* settings = new QFormLayout;
    settings->addRow(tr("Name"), m_name);
    auto* thresholds = new QHBoxLayout;
    const QStringList labels = {tr("★★★★★ from"), tr("★★★★ from"), tr("★★★ from"), tr("★★ from")};
    for (int i = 0; i < 4; ++i) {
        thresholds->addWidget(new QLabel(labels[i]));
        thresholds->addWidget(m_thresholds[i]);
    }
    settings->addRow(tr("Star thresholds"), thresholds);
    auto* caps = new QHBoxLayout;
    caps->addWidget(m_bonusCap);
    caps->addWidget(new QLabel(tr("A veto caps at (stars)")));
    caps->addWidget(m_vetoCap);
    caps->addWidget(new QLabel(tr("Five-star quota")));
    caps->addWidget(m_fiveQuota);
    caps->addWidget(new QLabel(tr("Four stars or more")));
    caps->addWidget(m_fourQuota);
    settings->addRow(tr("Bonus cap"), caps);

    auto* exportButton = new QPushButton(tr("Export to Excel…"));
    auto* importButton = new QPushButton(tr("Import from Excel…"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(exportButton);
    bottom->addWidget(importButton);
    bottom->addStretch();
    bottom->addWidget(saveCancelButtons(this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_tree, 3);
    layout->addLayout(treeButtons);
    layout->addWidget(new QLabel(tr("Bonus, deduction and veto items")));
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addLayout(bottom);

    connect(m_model, &TemplateModel::totalChanged, this, &TemplateEditor::updateTotal);
    connect(addAspect, &QPushButton::clicked, this, [this] {
        const QModelIndex aspect = m_model->addAspect(tr("New aspect"));
        m_tree->setCurrentIndex(aspect);
        m_tree->edit(aspect);
    });
    connect(addTask, &QPushButton::clicked, this, [this] {
        const QModelIndex task = m_model->addTask(m_tree->currentIndex(), tr("New task"), 1);
        if (!task.isValid())
            return;
        m_tree->expand(task.parent());
        m_tree->setCurrentIndex(task);
        m_tree->edit(task);
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_model->remove(m_tree->currentIndex()); });
    connect(up, &QPushButton::clicked, this,
            [this] { m_tree->setCurrentIndex(m_model->move(m_tree->currentIndex(), -1)); });
    connect(down, &QPushButton::clicked, this,
            [this] { m_tree->setCurrentIndex(m_model->move(m_tree->currentIndex(), 1)); });
    connect(addItem, &QPushButton::clicked, this, [this] {
        addItemRow({0, RatingItem::Kind::Bonus, tr("New item"), Score::whole(1), {}});
    });
    connect(removeItem, &QPushButton::clicked, this, [this] { m_items->removeRow(m_items->currentRow()); });
    connect(exportButton, &QPushButton::clicked, this, &TemplateEditor::exportTemplate);
    connect(importButton, &QPushButton::clicked, this, &TemplateEditor::importTemplate);

    load(ratingTemplate);
    resize(1100, 760);
}

void TemplateEditor::addItemRow(const RatingItem& item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto* kind = new QComboBox;
    kind->addItem(tr("Bonus"), int(RatingItem::Kind::Bonus));
    kind->addItem(tr("Deduction"), int(RatingItem::Kind::Deduction));
    kind->addItem(tr("Veto"), int(RatingItem::Kind::Veto));
    kind->setCurrentIndex(kind->findData(int(item.kind)));
    m_items->setCellWidget(row, 0, kind);
    auto* name = new QTableWidgetItem(item.name);
    name->setData(Qt::UserRole, item.id);
    m_items->setItem(row, 1, name);
    m_items->setItem(row, 2, new QTableWidgetItem(item.maxPoints.toCompactString()));
    m_items->setItem(row, 3, new QTableWidgetItem(item.guide));
}

void TemplateEditor::load(const RatingTemplate& t)
{
    m_name->setText(t.name);
    const Score thresholds[4] = {t.fiveStars, t.fourStars, t.threeStars, t.twoStars};
    for (int i = 0; i < 4; ++i)
        m_thresholds[i]->setValue(thresholds[i].toDouble());
    m_bonusCap->setValue(t.bonusCap.toDouble());
    m_vetoCap->setValue(t.vetoCapsAt);
    m_fiveQuota->setValue(t.fiveStarQuota.value_or(0));
    m_fourQuota->setValue(t.fourStarQuota.value_or(0));
    m_model->setAspects(t.aspects);
    m_tree->expandAll();
    m_items->setRowCount(0);
    for (const RatingItem& item : t.items)
        addItemRow(item);
}

RatingTemplate TemplateEditor::collect() const
{
    RatingTemplate t = m_original;
    t.name = m_name->text().trimmed();
    // The boxes show two decimals, so their values are whole hundredths.
    t.fiveStars = Score::fromStored(m_thresholds[0]->value());
    t.fourStars = Score::fromStored(m_thresholds[1]->value());
    t.threeStars = Score::fromStored(m_thresholds[2]->value());
    t.twoStars = Score::fromStored(m_thresholds[3]->value());
    t.bonusCap = Score::fromStored(m_bonusCap->value());
    t.vetoCapsAt = m_vetoCap->value();
    t.fiveStarQuota = m_fiveQuota->value() > 0 ? std::optional<double>(m_fiveQuota->value()) : std::nullopt;
    t.fourStarQuota = m_fourQuota->value() > 0 ? std::optional<double>(m_fourQuota->value()) : std::nullopt;
    t.aspects = m_model->aspects();
    t.items.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        RatingItem item;
        item.kind =
            RatingItem::Kind(qobject_cast<QComboBox*>(m_items->cellWidget(row, 0))->currentData().toInt());
        item.id = m_items->item(row, 1)->data(Qt::UserRole).toLongLong();
        item.name = m_items->item(row, 1)->text().trimmed();
        item.maxPoints = item.kind == RatingItem::Kind::Veto
                             ? Score()
                             : parseScore(m_items->item(row, 2) ? m_items->item(row, 2)->text() : QString())
                                   .value.value_or(Score());
        item.guide = m_items->item(row, 3) ? m_items->item(row, 3)->text() : QString();
        if (!item.name.isEmpty())
            t.items.append(item);
    }
    return t;
}

void TemplateEditor::updateTotal(double total)
{
    const Score points = Score::fromStored(total);
    const bool hundred = points == Score::whole(100);
    m_total->setText(tr("%1 tasks, %2 points%3")
                         .arg(collect().taskCount())
                         .arg(points.toCompactString())
                         .arg(hundred ? QString() : tr(" (the scheme usually adds up to 100)")));
    m_total->setStyleSheet(hundred ? QString() : QStringLiteral("color: #8a4b00;"));
}

void TemplateEditor::accept()
{
    RatingTemplate t = collect();
    // Checked here only to ask before anything is deleted; the service checks again when saving.
    const QStringList problems = templateProblems(t);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
        return;
    }
    // Tasks taken out lose their scores with them: say so before anything is deleted.
    QSet<qint64> kept;
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks)
            kept << task.id;
    int scored = 0;
    if (const std::optional<RatingYear> year = m_workspace.ratings().loadYear(m_original.year))
        for (const ScoreSheet& sheet : year->sheets)
            for (auto it = sheet.tasks.cbegin(); it != sheet.tasks.cend(); ++it)
                scored += !kept.contains(it.key());
    if (scored > 0 &&
        QMessageBox::question(
            this, windowTitle(),
            tr("%n score(s) already entered belong to tasks you removed and will be deleted. Save?", nullptr,
               scored)) != QMessageBox::Yes)
        return;
    const ServiceResult saved = m_workspace.ratingService().saveTemplate(t);
    if (!saved.ok()) {
        QMessageBox::warning(this, windowTitle(), tr("Not saved: %1").arg(saved.message));
        return;
    }
    QDialog::accept();
}

void TemplateEditor::exportTemplate()
{
    exportReports(this, templateWorkbook(collect()), ReportFormat::Xlsx,
                  tr("Star rating template %1").arg(m_original.year));
}

void TemplateEditor::importTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a template"), QString(),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QStringList problems;
    RatingTemplate imported = readTemplateWorkbook(path, m_original.year, &problems);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Not imported"), problems.join(QLatin1Char('\n')));
        return;
    }
    // The imported tasks replace this year's; the ids of the template itself stay.
    imported.id = m_original.id;
    load(imported);
}

} // namespace partydesk
