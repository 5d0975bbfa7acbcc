#include "AuditTrailModel.h"

#include "security/AuditText.h"

#include "security/AuditReport.h"

namespace partydesk {

void AuditTrailModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return e.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return e.id;
    case TimeColumn:
        return e.recordedAt;
    case UserColumn:
        return e.userName.isEmpty() ? tr("(no sign-in)") : e.userName;
    case ActionColumn:
        return auditActionName(e.action);
    case DetailColumn:
        return readableAuditDetail(e.detail);
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace partydesk
