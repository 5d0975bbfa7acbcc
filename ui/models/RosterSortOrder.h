#pragma once

#include "repository/RosterRow.h"

#include <memory>
#include <QCollator>
#include <QDate>
#include <QHash>
#include <vector>

namespace partydesk {

// The order of the roster's rows: by a column (Chinese text by pinyin), ties in the order a reload
// reads them (organisation, then id). Equal keys never depend on where a row is stored, so a row
// put back after a save lands exactly where a full reload would put it.
class RosterSortOrder
{
public:
    RosterSortOrder(const std::vector<RosterRow>& rows, const QHash<qint64, QString>& orgNames,
                    const QDate& today)
        : m_rows(rows), m_orgNames(orgNames), m_today(today)
    {
    }

    void setColumn(int column, Qt::SortOrder order);
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    bool sortsByText() const;

    // Makes every row's key; returns every row index in order.
    std::vector<int> sortAll();
    // After row `i` was replaced or appended.
    void updateKey(int i);
    bool less(int a, int b) const;

private:
    QString textOf(const RosterRow& row) const;
    // <0, 0, >0 by the column alone, ascending.
    int compareByColumn(int a, int b) const;

    const std::vector<RosterRow>& m_rows;
    const QHash<qint64, QString>& m_orgNames;
    const QDate& m_today;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    // Collation keys are made once per row, not once per comparison (a district's 100,000 rows
    // need 1.7 million comparisons).
    std::unique_ptr<QCollator> m_collator;
    std::vector<QCollatorSortKey> m_keys;
};

} // namespace partydesk
