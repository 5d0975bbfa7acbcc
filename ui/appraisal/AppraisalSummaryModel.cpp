#include "AppraisalSummaryModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

void AppraisalSummaryModel::setLines(const QList<Line>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int AppraisalSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AppraisalSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppraisalSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    const AppraisalSummary& s = line.summary;
    const int column = index.column();
    const bool opened = s.sessionId > 0;
    if (role == Qt::DisplayRole) {
        if (column == BranchColumn)
            return line.name;
        if (!opened)
            return column == StateColumn ? QVariant(tr("Not opened")) : QVariant();
        if (column == RatedColumn)
            return s.rated;
        if (column >= FirstGradeColumn && column < StateColumn)
            return s.counts[column - FirstGradeColumn];
        if (column == StateColumn)
            return s.finishedOn.isValid() ? tr("Finished %1").arg(s.finishedOn.toString(Qt::ISODate))
                                          : tr("Open, %n not rated", nullptr, s.unrated());
        return {};
    }
    if (role == Qt::TextAlignmentRole && column != BranchColumn && column != StateColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (column == StateColumn && !s.finishedOn.isValid()) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xc0, 0x00, 0x00));
        if (role == Qt::ToolTipRole)
            return opened ? tr("The appraisal is not finished: its results are not yet in the members' "
                               "histories.")
                          : tr("The branch has not held its appraisal of this year.");
    }
    return {};
}

QVariant AppraisalSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstGradeColumn && section < StateColumn)
        return enumLabel(gradeAt(section - FirstGradeColumn));
    switch (section) {
    case BranchColumn:
        return tr("Branch");
    case RatedColumn:
        return tr("Rated");
    case StateColumn:
        return tr("Finished?");
    default:
        return {};
    }
}

} // namespace partydesk
