#pragma once

#include "meetings/Attendance.h"
#include "meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// The month's meetings: date, branch, kind, theme, attendance rate, actions done, state.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        BranchColumn,
        KindColumn,
        ThemeColumn,
        RateColumn,
        ActionsColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1
    };

    explicit MeetingListModel(QObject* parent = nullptr);
    void setMeetings(const QList<Meeting>& meetings, const QHash<qint64, AttendanceTally>& attendance,
                     const QHash<qint64, int>& actionCounts, const QHash<qint64, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Meeting> m_meetings;
    QHash<qint64, AttendanceTally> m_attendance;
    QHash<qint64, int> m_actions;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
