#pragma once

#include "appraisal/AppraisalRepository.h"

#include <QAbstractTableModel>

namespace partydesk {

// The year's appraisal of each branch under a committee: members rated, the count of each grade,
// and whether it is finished (branches that have not opened one show so, in red).
class AppraisalSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BranchColumn,
        RatedColumn,
        FirstGradeColumn,
        StateColumn = FirstGradeColumn + appraisalGradeCount,
        ColumnCount
    };

    struct Line
    {
        qint64 orgId = 0;
        QString name;
        AppraisalSummary summary; // sessionId 0: not opened
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<Line>& lines);
    const QList<Line>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
};

} // namespace partydesk
