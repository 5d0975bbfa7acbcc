#pragma once

#include "security/AuditChain.h"

#include <QAbstractTableModel>

namespace partydesk {

// The audit entries the page shows, newest first: time, user, action, detail.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        DetailColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace partydesk
