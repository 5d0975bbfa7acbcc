#pragma once

#include "meetings/Attendance.h"
#include "meetings/MeetingRepository.h"

#include <QAbstractTableModel>

namespace partydesk {

// Who was expected at a meeting and whether they came: quick to tick (a click or the space bar
// moves present → on leave → absent), with the reason for leave, or where a floating member took
// part. Floating members away are listed last and not counted in the rate.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    void setMembers(const QList<ExpectedMember>& expected, const QList<AttendanceRecord>& recorded);
    QList<AttendanceRecord> records() const;
    AttendanceTally tally() const;
    void setAll(AttendanceStatus status);
    void cycle(const QModelIndex& index);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tallyChanged();

private:
    struct Row
    {
        ExpectedMember member;
        AttendanceRecord record;
    };
    QList<Row> m_rows;
};

} // namespace partydesk
