#include "RosterExportDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

RosterExportDialog::RosterExportDialog(const QString& action, int rowCount, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(action);
    setObjectName(QStringLiteral("RosterExportDialog"));
    auto* intro =
        new QLabel(tr("%n member(s) of the current view. Tick the columns; drag or use the buttons to "
                      "change their order.",
                      nullptr, rowCount));
    intro->setWordWrap(true);

    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    // The user's last choice comes first, in its order; the other columns follow unticked.
    QList<RosterColumn> chosen;
    for (const QString& code : AppSettings::rosterExportColumns()) {
        RosterColumn column;
        if (rosterColumnFromCode(code, &column))
            chosen << column;
    }
    // Without a choice of the user's, the columns stand in the paper roster's order, the usual ones ticked.
    QList<RosterColumn> order = chosen.isEmpty() ? allRosterColumns() : chosen;
    if (chosen.isEmpty())
        chosen = defaultRosterColumns();
    for (RosterColumn column : allRosterColumns())
        if (!order.contains(column))
            order << column;
    for (RosterColumn column : order) {
        auto* item = new QListWidgetItem(rosterColumnHeader(column), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    auto* up = new QPushButton(tr("Move &up"));
    auto* down = new QPushButton(tr("Move &down"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto* moveButtons = new QVBoxLayout;
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch();
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_columns, 1);
    lists->addLayout(moveButtons);

    m_fullIds = new QCheckBox(tr("Write ID numbers in full (otherwise 4301**********123X)"));
    m_fullIds->setObjectName(QStringLiteral("fullIdCheck"));
    m_fullPhones = new QCheckBox(tr("Write phone numbers in full (otherwise 138****5678)"));
    m_fullPhones->setObjectName(QStringLiteral("fullPhoneCheck"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("continueButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lists, 1);
    layout->addWidget(m_fullIds);
    layout->addWidget(m_fullPhones);
    layout->addWidget(buttons);
    resize(420, 520);
}

void RosterExportDialog::move(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
}

QList<RosterColumn> RosterExportDialog::columns() const
{
    QList<RosterColumn> list;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            list << RosterColumn(m_columns->item(i)->data(Qt::UserRole).toInt());
    return list;
}

bool RosterExportDialog::fullPhoneNumbers() const
{
    return m_fullPhones->isChecked() && columns().contains(RosterColumn::Phone);
}

bool RosterExportDialog::fullIdNumbers() const
{
    return m_fullIds->isChecked() && columns().contains(RosterColumn::IdNumber);
}

void RosterExportDialog::accept()
{
    if (columns().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one column."));
        return;
    }
    if (fullIdNumbers() &&
        QMessageBox::question(
            this, tr("Full ID numbers"),
            tr("The file will hold every ID number in full: sensitive personal information that "
               "must be kept safe. Write them in full? This is recorded in the workspace's log.")) !=
            QMessageBox::Yes)
        return;
    QStringList codes;
    for (RosterColumn column : columns())
        codes << rosterColumnCode(column);
    AppSettings::setRosterExportColumns(codes);
    QDialog::accept();
}

} // namespace partydesk
