#pragma once

#include "cogovernance/JointMeeting.h"

#include <QAbstractTableModel>

namespace partydesk {

// The year's joint meetings: date, chair unit, units attending, decisions open/done.
class JointMeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ChairColumn,
        UnitsColumn,
        OpenColumn,
        DoneColumn,
        TopicsColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<JointMeetingRow>& rows);
    const QList<JointMeetingRow>& rows() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JointMeetingRow> m_rows;
};

// Every decision of the year; overdue ones in red with a tooltip saying since when.
class JointDecisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MeetingColumn,
        TextColumn,
        UnitColumn,
        DueColumn,
        StatusColumn,
        FollowUpColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<JointDecisionRow>& rows, QDate today);
    const QList<JointDecisionRow>& rows() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JointDecisionRow> m_rows;
    QDate m_today;
};

// The twelve months of the rota with the chair's activities as chair.
class RotaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        UnitColumn,
        ActivitiesColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setMonths(const QList<RotaMonth>& months, int year);
    const QList<RotaMonth>& months() const { return m_months; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_months.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RotaMonth> m_months;
    int m_year = 0;
};

// Units' activities of the year.
class UnitActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        UnitColumn,
        TitleColumn,
        ChairColumn,
        ParticipantsColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<UnitActivityRow>& rows);
    const QList<UnitActivityRow>& rows() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitActivityRow> m_rows;
};

} // namespace partydesk
