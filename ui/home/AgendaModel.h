#pragma once

#include "home/Agenda.h"

#include <QAbstractItemModel>

namespace partydesk {

// The home page's agenda as a two-level tree: each item (its title and count), under it the
// entries (who or which branch, what is due, when). Overdue entries and items with one are red.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhatColumn,
        DetailColumn,
        DueColumn,
        ColumnCount
    };

    explicit AgendaModel(QObject* parent = nullptr);

    void setItems(const QList<AgendaItem>& items);
    const QList<AgendaItem>& items() const { return m_items; }
    // The entry at `index`, or null for an item's own row (or the "and N more" row).
    const AgendaEntry* entryAt(const QModelIndex& index) const;
    const AgendaItem* itemAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static constexpr quintptr topLevel = ~quintptr(0);
    // Entries shown, plus one "and N more" row when the item has more than it lists.
    int childRows(const AgendaItem& item) const;

    QList<AgendaItem> m_items;
};

} // namespace partydesk
