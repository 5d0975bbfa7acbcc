#include "HomePage.h"

#include "AgendaModel.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "home/HomeFacts.h"
#include "HomeFactsPanel.h"
#include "HomeLoader.h"
#include "models/OrganisationTreeModel.h"
#include "Workspace.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace partydesk {

HomePage::HomePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    PageCommands::offer(refresh, PageCommand::Refresh);
    HelpTopics::setTopic(this, QStringLiteral("home"));
    connect(refresh, &QPushButton::clicked, this, &HomePage::reload);
    header->addWidget(refresh);
    layout->addLayout(header);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(left);
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_summary);
    m_agenda = new AgendaModel(this);
    m_loader = new HomeLoader(this);
    connect(m_loader, &HomeLoader::loaded, this, &HomePage::showLoaded);
    m_view = new QTreeView(left);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setModel(m_agenda);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AgendaModel::WhatColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(AgendaModel::DetailColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AgendaModel::DueColumn, QHeaderView::ResizeToContents);
    // One click opens an entry, as a link would, and folds or unfolds an item; Enter (activated)
    // opens an entry from the keyboard, where the arrow keys fold.
    m_view->setExpandsOnDoubleClick(false);
    connect(m_view, &QTreeView::clicked, this, &HomePage::open);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_agenda->entryAt(index))
            open(index);
    });
    leftLayout->addWidget(m_view, 1);
    m_facts = new HomeFactsPanel(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_facts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    m_facts->setMinimumWidth(320);
    layout->addWidget(splitter, 1);
}

void HomePage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void HomePage::reload()
{
    const QDate today = m_workspace.clock().today();
    const QList<Organisation>& organisations = m_tree.organisations();
    QString scopeName = tr("All organisations");
    for (const Organisation& org : organisations)
        if (org.id == m_orgId)
            scopeName = org.name;
    m_title->setText(tr("%1 · %2").arg(scopeName, QLocale().toString(today, QLocale::LongFormat)));

    AgendaScope scope;
    scope.organisations = organisations;
    scope.rootId = m_orgId;
    scope.today = today;
    // Read beside the window: a district's agenda takes more than a second.
    m_summary->setText(tr("Reading what is due…"));
    m_loader->start(m_workspace.database().connectionName(), scope);
}

void HomePage::showLoaded(const QList<AgendaItem>& items, const HomeFacts& facts)
{
    m_agenda->setItems(items);
    int urgent = 0;
    for (const AgendaItem& item : items)
        urgent += item.urgent ? 1 : 0;
    m_summary->setText(items.isEmpty()
                           ? tr("Nothing is due. Everything recorded is up to date.")
                           : tr("%n kind(s) of work to do, %1 with something overdue (in red). Click "
                                "a line to open the place where it is done.",
                                nullptr, int(items.size()))
                                 .arg(urgent));
    // Overdue kinds open at once; the rest stay folded to their counts. An item's title spans the
    // row, so the first column is as wide as the names under it need, up to two fifths.
    int widest = m_view->header()->fontMetrics().horizontalAdvance(
        m_agenda->headerData(AgendaModel::WhatColumn, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int row = 0; row < items.size(); ++row) {
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        m_view->setExpanded(m_agenda->index(row, 0), items[row].urgent);
        for (const AgendaEntry& entry : items[row].entries)
            widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(entry.text));
    }
    m_widestWhat = widest + m_view->indentation() * 2 + 16;
    fitColumns();
    m_facts->setFacts(facts);
    emit loaded();
}

bool HomePage::isLoading() const
{
    return m_loader->isLoading();
}

void HomePage::fitColumns()
{
    m_view->setColumnWidth(AgendaModel::WhatColumn,
                           std::min(m_widestWhat, m_view->viewport()->width() * 2 / 5));
}

void HomePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void HomePage::open(const QModelIndex& index)
{
    if (const AgendaEntry* entry = m_agenda->entryAt(index)) {
        emit openRequested(m_agenda->itemAt(index)->place, entry->orgId, entry->memberId, entry->recordId);
        return;
    }
    // An item's own row: fold or unfold it.
    const QModelIndex first = index.sibling(index.row(), 0);
    if (m_agenda->rowCount(first) > 0)
        m_view->setExpanded(first, !m_view->isExpanded(first));
}

} // namespace partydesk
