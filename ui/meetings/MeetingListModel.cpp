#include "MeetingListModel.h"

namespace partydesk {

MeetingListModel::MeetingListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void MeetingListModel::setMeetings(const QList<Meeting>& meetings,
                                   const QHash<qint64, AttendanceTally>& attendance,
                                   const QHash<qint64, int>& actionCounts,
                                   const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_meetings = meetings;
    m_attendance = attendance;
    m_actions = actionCounts;
    m_names = names;
    endResetModel();
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const Meeting& m = m_meetings[index.row()];
    if (role == MeetingIdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return m.heldOn.toString(Qt::ISODate);
    case BranchColumn:
        return m_names.value(m.orgId);
    case KindColumn:
        return enumLabel(m.kind);
    case ThemeColumn:
        return m.theme;
    case RateColumn: {
        const AttendanceTally t = m_attendance.value(m.id);
        return t.expected > 0
                   ? tr("%1% (%2/%3)").arg(t.rate() * 100, 0, 'f', 0).arg(t.present).arg(t.expected)
                   : QString();
    }
    case ActionsColumn:
        return m.kind == MeetingKind::ThemeDay ? QVariant(m_actions.value(m.id)) : QVariant();
    case StateColumn:
        return m.done ? tr("Recorded") : tr("Planned");
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BranchColumn:
        return tr("Branch");
    case KindColumn:
        return tr("Kind");
    case ThemeColumn:
        return tr("Theme");
    case RateColumn:
        return tr("Attendance");
    case ActionsColumn:
        return tr("Actions done");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace partydesk
