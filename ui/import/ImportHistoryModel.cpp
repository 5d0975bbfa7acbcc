#include "ImportHistoryModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

ImportHistoryModel::ImportHistoryModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setBatches(QList<ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

const ImportBatch* ImportHistoryModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches[row] : nullptr;
}

int ImportHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex& index, int role) const
{
    const ImportBatch* b = index.isValid() ? batchAt(index.row()) : nullptr;
    if (!b)
        return {};
    if (role == BatchIdRole)
        return b->id;
    if (role == Qt::ForegroundRole)
        return b->isUndone() ? QBrush(QColor(0x75, 0x75, 0x75)) : QVariant();
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        const bool count = c == NumberColumn || c == AddedColumn || c == UpdatedColumn || c == RefusedColumn;
        return count ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return b->id;
    case ImportedAtColumn:
        return b->importedAt;
    case FileColumn:
        return b->fileName;
    case SheetColumn:
        return b->sheetName;
    case AddedColumn:
        return b->added;
    case UpdatedColumn:
        return b->updated;
    case RefusedColumn:
        return b->refused;
    case StateColumn:
        return b->isUndone() ? tr("Undone %1").arg(b->undoneAt) : tr("In force");
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case ImportedAtColumn:
        return tr("Imported at");
    case FileColumn:
        return tr("File");
    case SheetColumn:
        return tr("Sheet");
    case AddedColumn:
        return tr("Added");
    case UpdatedColumn:
        return tr("Updated");
    case RefusedColumn:
        return tr("Refused");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace partydesk
