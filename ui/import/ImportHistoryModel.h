#pragma once

#include "import/ImportBatchRepository.h"

#include <QAbstractTableModel>

namespace partydesk {

// The roster imports saved so far, newest first, and whether each is still in force.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ImportedAtColumn,
        FileColumn,
        SheetColumn,
        AddedColumn,
        UpdatedColumn,
        RefusedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        BatchIdRole = Qt::UserRole + 1
    };

    explicit ImportHistoryModel(QObject* parent = nullptr);

    void setBatches(QList<ImportBatch> batches);
    const ImportBatch* batchAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportBatch> m_batches;
};

} // namespace partydesk
