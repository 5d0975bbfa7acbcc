#include "RectificationPanel.h"

#include "RectificationForm.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partydesk {

RectificationPanel::RectificationPanel(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Rectification (整改晋位)"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("RectificationPanel"));
    m_table = new QTableWidget(0, 5);
    m_table->setHorizontalHeaderLabels(
        {tr("Problem"), tr("Measure"), tr("Responsible"), tr("Due by"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    ColumnFitter::attach(m_table);
    m_lastYear = new QLabel;
    m_lastYear->setWordWrap(true);
    m_lastYear->setObjectName(QStringLiteral("lastYearRectification"));
    auto* add = new QPushButton(tr("&Add item"));
    add->setObjectName(QStringLiteral("addRectificationButton"));
    auto* remove = new QPushButton(tr("Delete item"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_lastYear);
    connect(add, &QPushButton::clicked, this, &RectificationPanel::addItem);
    connect(remove, &QPushButton::clicked, this, &RectificationPanel::deleteItem);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editItem(row); });
}

void RectificationPanel::setBranch(qint64 sessionId, qint64 lastYearSessionId, qint64 orgId, bool lagging)
{
    m_sessionId = sessionId;
    m_lastYearSessionId = lastYearSessionId;
    m_orgId = orgId;
    reload();
    setVisible(lagging || !m_items.isEmpty() || !m_lastYear->text().isEmpty());
}

void RectificationPanel::reload()
{
    m_items = m_orgId ? m_workspace.ratings().rectifications(m_sessionId, m_orgId) : QList<Rectification>();
    m_table->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const Rectification& r = m_items[i];
        const QStringList cells = {r.problem, r.measure, r.responsible, r.dueOn.toString(Qt::ISODate),
                                   rectificationStatusLabel(r.status)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    QStringList last;
    if (m_lastYearSessionId && m_orgId)
        for (const Rectification& r : m_workspace.ratings().rectifications(m_lastYearSessionId, m_orgId))
            last << tr("· %1 (%2)").arg(r.problem, rectificationStatusLabel(r.status));
    m_lastYear->setText(last.isEmpty() ? QString()
                                       : tr("Last year's list:\n%1").arg(last.join(QLatin1Char('\n'))));
    m_lastYear->setVisible(!last.isEmpty());
}

void RectificationPanel::addItem()
{
    Rectification item;
    item.sessionId = m_sessionId;
    item.orgId = m_orgId;
    item.responsible = tr("Branch secretary");
    item.dueOn = m_workspace.clock().today().addMonths(3);
    RectificationForm form(m_workspace, item, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void RectificationPanel::editItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    RectificationForm form(m_workspace, m_items[row], this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void RectificationPanel::deleteItem()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    if (QMessageBox::question(this, tr("Delete item"), tr("Delete \"%1\"?").arg(m_items[row].problem)) !=
        QMessageBox::Yes)
        return;
    const WriteResult result = m_workspace.ratings().deleteRectification(m_items[row].id);
    if (!result.ok())
        QMessageBox::warning(this, tr("Not deleted"), result.error);
    reload();
}

} // namespace partydesk
