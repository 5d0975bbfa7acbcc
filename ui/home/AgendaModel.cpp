#include "AgendaModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace partydesk {

namespace {

const QColor overdueRed(0xB3, 0x26, 0x1E);

} // namespace

AgendaModel::AgendaModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void AgendaModel::setItems(const QList<AgendaItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int AgendaModel::childRows(const AgendaItem& item) const
{
    return int(item.entries.size()) + (item.count > item.entries.size() ? 1 : 0);
}

const AgendaItem* AgendaModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype item = index.internalId() == topLevel ? index.row() : qsizetype(index.internalId());
    return item < m_items.size() ? &m_items[item] : nullptr;
}

const AgendaEntry* AgendaModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == topLevel)
        return nullptr;
    const AgendaItem* item = itemAt(index);
    return item && index.row() < item->entries.size() ? &item->entries[index.row()] : nullptr;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_items.size() ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= m_items.size())
        return {};
    if (row >= childRows(m_items[parent.row()]))
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AgendaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId()), 0, topLevel);
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.column() != 0 || parent.internalId() != topLevel || parent.row() >= m_items.size())
        return 0;
    return childRows(m_items[parent.row()]);
}

int AgendaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    const AgendaItem* item = itemAt(index);
    if (!item)
        return {};
    if (index.internalId() == topLevel) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == WhatColumn)
                return tr("%1 (%2)").arg(item->title).arg(item->count);
            return {};
        case Qt::ForegroundRole:
            return item->urgent ? QBrush(overdueRed) : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ToolTipRole:
            return item->urgent ? tr("Some of these are overdue.") : QVariant();
        default:
            return {};
        }
    }
    const AgendaEntry* entry = entryAt(index);
    if (!entry) { // the "and N more" row
        if (role == Qt::DisplayRole && index.column() == WhatColumn)
            return tr("… and %n more", nullptr, item->count - int(item->entries.size()));
        if (role == Qt::ToolTipRole)
            return tr("Choose an organisation lower in the tree to see fewer at a time.");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn:
            return entry->text;
        case DetailColumn:
            return entry->detail;
        case DueColumn:
            return entry->due.isValid() ? entry->due.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        }
        return {};
    case Qt::ForegroundRole:
        return entry->overdue ? QBrush(overdueRed) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\n%2\n%3")
            .arg(entry->text, entry->detail,
                 entry->overdue ? tr("Overdue. Click to open where it is done.")
                                : tr("Click to open where it is done."));
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("To do");
    case DetailColumn:
        return tr("What");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace partydesk
