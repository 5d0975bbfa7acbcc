#pragma once

#include "dues/DuesLedger.h"

#include <QAbstractTableModel>

namespace partydesk {

// The year's ledger: one row per member paying here, a column per month (the amount paid, or the
// dues owed when unpaid), then the year's dues, paid, outstanding and the unpaid months in all.
// Unpaid past months are highlighted; members more than six months behind are red, with a tooltip.
class DuesLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FirstMonthColumn,
        OwedColumn = FirstMonthColumn + 12,
        PaidColumn,
        OutstandingColumn,
        UnpaidColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        MonthRole,     // the month of a month column (QDate), invalid elsewhere
        UnpaidPastRole // true on a month owed, passed and not paid
    };

    explicit DuesLedgerModel(QObject* parent = nullptr);

    // `currentMonth`: months before it that are unpaid are highlighted.
    void setLedger(const QList<DuesMemberYear>& rows, QDate currentMonth);
    // Only members with unpaid months (the home page's "arrears" link).
    void setArrearsOnly(bool only);
    bool arrearsOnly() const { return m_arrearsOnly; }
    const DuesMemberYear* memberAt(int row) const;
    int rowOf(qint64 memberId) const;
    // Every member of the ledger, also those the filter hides (what exports and prints show).
    const QList<DuesMemberYear>& allRows() const { return m_all; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QVariant monthData(const DuesMemberYear& m, int month, int role) const;

    QList<DuesMemberYear> m_all;
    QList<int> m_shown; // indexes into m_all
    QDate m_currentMonth;
    bool m_arrearsOnly = false;
};

} // namespace partydesk
