#include "TransferListModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

TransferListModel::TransferListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void TransferListModel::setTransfers(const QList<Transfer>& transfers, const QHash<qint64, QString>& orgNames,
                                     QDate today)
{
    beginResetModel();
    m_transfers = transfers;
    m_orgNames = orgNames;
    m_today = today;
    endResetModel();
}

const Transfer* TransferListModel::transferAt(int row) const
{
    return row >= 0 && row < m_transfers.size() ? &m_transfers[row] : nullptr;
}

int TransferListModel::rowOf(qint64 transferId) const
{
    for (int row = 0; row < m_transfers.size(); ++row)
        if (m_transfers[row].id == transferId)
            return row;
    return -1;
}

int TransferListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

int TransferListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferListModel::from(const Transfer& t) const
{
    return t.direction == TransferDirection::In ? t.counterpart : m_orgNames.value(t.fromOrgId);
}

QString TransferListModel::to(const Transfer& t) const
{
    return t.direction == TransferDirection::Out ? t.counterpart : m_orgNames.value(t.toOrgId);
}

QVariant TransferListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_transfers.size())
        return {};
    const Transfer& t = m_transfers[index.row()];
    const bool overdue = receiptOverdue(t, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return t.date.toString(Qt::ISODate);
        case NameColumn:
            return t.memberName;
        case DirectionColumn:
            return transferDirectionLabel(t.direction);
        case FromColumn:
            return from(t);
        case ToColumn:
            return to(t);
        case LetterColumn:
            return t.letterNo;
        case ReceiptColumn:
            if (t.direction != TransferDirection::Out)
                return QString();
            return t.receiptOn.isValid() ? t.receiptOn.toString(Qt::ISODate) : tr("No receipt");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ReceiptColumn && overdue)
            return QBrush(QColor(0xc0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReceiptColumn && overdue)
            return tr("No receipt %1 months after the transfer: it was due by %2. Ask %3 for it.")
                .arg(receiptReminderMonths)
                .arg(t.date.addMonths(receiptReminderMonths).toString(Qt::ISODate), t.counterpart);
        if (!t.notes.isEmpty())
            return t.notes;
        return {};
    case TransferIdRole:
        return t.id;
    case MemberIdRole:
        return t.memberId;
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case LetterColumn:
        return tr("Letter no.");
    case ReceiptColumn:
        return tr("Receipt");
    default:
        return {};
    }
}

} // namespace partydesk
