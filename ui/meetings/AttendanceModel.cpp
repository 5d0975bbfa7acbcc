#include "AttendanceModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

AttendanceModel::AttendanceModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AttendanceModel::setMembers(const QList<ExpectedMember>& expected,
                                 const QList<AttendanceRecord>& recorded)
{
    beginResetModel();
    m_rows.clear();
    QHash<qint64, AttendanceRecord> byMember;
    for (const AttendanceRecord& r : recorded)
        byMember.insert(r.memberId, r);
    for (const ExpectedMember& e : expected) {
        // Everyone starts present: most members come, so ticking the exceptions is fastest.
        AttendanceRecord record = byMember.value(e.memberId, {e.memberId, AttendanceStatus::Present, {}});
        m_rows.append({e, record});
    }
    endResetModel();
    emit tallyChanged();
}

QList<AttendanceRecord> AttendanceModel::records() const
{
    QList<AttendanceRecord> list;
    for (const Row& row : m_rows)
        list << row.record;
    return list;
}

AttendanceTally AttendanceModel::tally() const
{
    QHash<qint64, bool> away;
    for (const Row& row : m_rows)
        away.insert(row.member.memberId, row.member.away());
    return partydesk::tally(records(), [&](qint64 id) { return away.value(id); });
}

void AttendanceModel::setAll(AttendanceStatus status)
{
    for (Row& row : m_rows)
        if (!row.member.away())
            row.record.status = status;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    emit tallyChanged();
}

void AttendanceModel::cycle(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const int next = (int(m_rows[index.row()].record.status) + 1) % 3;
    setData(this->index(index.row(), StatusColumn), next, Qt::EditRole);
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ReasonColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (row.record.status) {
        case AttendanceStatus::Present:
            return QBrush(QColor(0x1B, 0x6E, 0x20));
        case AttendanceStatus::Leave:
            return QBrush(QColor(0x8A, 0x4B, 0x00));
        case AttendanceStatus::Absent:
            return QBrush(QColor(0xB3, 0x26, 0x1E));
        }
    }
    if (role == Qt::BackgroundRole && row.member.away())
        return QBrush(QColor(0xF0, 0xF0, 0xF0));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.member.name;
    case CategoryColumn:
        return enumLabel(row.member.category);
    case StatusColumn:
        return role == Qt::EditRole ? QVariant(int(row.record.status))
                                    : QVariant(enumLabel(row.record.status));
    case ReasonColumn:
        return row.record.reason;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == StatusColumn) {
        const int status = value.toInt();
        if (status < 0 || status > 2)
            return false;
        row.record.status = AttendanceStatus(status);
        emit dataChanged(index, index);
        emit tallyChanged();
        return true;
    }
    if (index.column() == ReasonColumn) {
        row.record.reason = value.toString().trimmed();
        emit dataChanged(index, index);
        return true;
    }
    return false;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Attendance");
    case ReasonColumn:
        return tr("Reason for leave, or where taken part");
    default:
        return {};
    }
}

} // namespace partydesk
