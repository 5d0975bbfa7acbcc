#pragma once

#include "storage/BackupCatalogue.h"

#include <QAbstractTableModel>

namespace partydesk {

// The backups of the workspace, newest first: when, why, how large, how many members, checked.
class BackupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TakenAtColumn,
        ReasonColumn,
        SizeColumn,
        MembersColumn,
        VerifiedColumn,
        FileColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1
    };

    explicit BackupTableModel(QObject* parent = nullptr);

    void setEntries(QList<BackupEntry> entries);
    const QList<BackupEntry>& entries() const { return m_entries; }
    const BackupEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sizeText(qint64 bytes);

private:
    QList<BackupEntry> m_entries;
};

} // namespace partydesk
