#include "BackupTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace partydesk {

BackupTableModel::BackupTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void BackupTableModel::setEntries(QList<BackupEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const BackupEntry* BackupTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int BackupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupTableModel::sizeText(qint64 bytes)
{
    return tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QVariant BackupTableModel::data(const QModelIndex& index, int role) const
{
    const BackupEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == PathRole)
        return e->path;
    if (role == Qt::ForegroundRole)
        return e->verified ? QVariant() : QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == SizeColumn || index.column() == MembersColumn;
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return QDir::toNativeSeparators(e->path);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TakenAtColumn:
        return e->name.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ReasonColumn:
        return BackupReasons::displayName(e->name.reason);
    case SizeColumn:
        return sizeText(e->size);
    case MembersColumn:
        if (e->name.encrypted)
            return tr("encrypted");
        return e->memberCount >= 0 ? QVariant(e->memberCount) : QVariant(tr("unreadable"));
    case VerifiedColumn:
        return e->verified ? tr("yes") : tr("no");
    case FileColumn:
        return QFileInfo(e->path).fileName();
    default:
        return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenAtColumn:
        return tr("Taken at");
    case ReasonColumn:
        return tr("Reason");
    case SizeColumn:
        return tr("Size");
    case MembersColumn:
        return tr("Members");
    case VerifiedColumn:
        return tr("Verified");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace partydesk
