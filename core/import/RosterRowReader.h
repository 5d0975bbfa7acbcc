#pragma once

#include "BranchMatcher.h"
#include "RosterImportPlan.h"
#include "tabular/Table.h"

#include <QSet>

namespace partydesk {

class Clock;

// Reads one row of a roster into a member: each cell by its column's field, with the notes and
// problems a person needs to fix the row. Member rules are not checked here (the planner does).
class RosterRowReader
{
public:
    RosterRowReader(const QList<ImportColumn>& columns, const BranchMatcher& branches,
                    qint64 createBranchesUnder, const Clock& clock);

    struct Result
    {
        Member member;
        QSet<RosterField> supplied; // fields with a value in this row (an update changes only these)
        QString newBranch;
        QStringList problems;
        QStringList notes;
        QSet<RosterField> unread; // fields whose cell is refused (a problem says why)
    };
    Result read(const TableRow& row) const;

    // Puts the supplied fields of `file` onto `saved` (for an update: empty cells never erase).
    static Member overlay(const Member& saved, const Member& file, const QSet<RosterField>& supplied);

private:
    void readCell(RosterField field, const TableCell& cell, const QString& header, Result* r,
                  QString* unitOrPlace, QDate* since) const;
    void readDate(const TableCell& cell, const QString& header, QDate* date, Result* r) const;
    void fillFromIdNumber(Result* r, bool sexGiven, bool birthMonthOnly) const;
    void decideStatus(Result* r, bool statusGiven) const;

    QList<ImportColumn> m_columns;
    const BranchMatcher& m_branches;
    qint64 m_createBranchesUnder = 0;
    const Clock& m_clock;
};

} // namespace partydesk
