#include "PipelineModel.h"

#include "OverdueStyle.h"

#include <algorithm>

namespace partydesk {

PipelineModel::PipelineModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void PipelineModel::setEntries(const QList<PipelineEntry>& entries, const QHash<qint64, QString>& branchNames,
                               QDate today, std::optional<MemberStatus> stage)
{
    beginResetModel();
    m_rows.clear();
    m_names = branchNames;
    for (const PipelineEntry& e : entries) {
        if (stage && e.person.status != *stage)
            continue;
        Row row{e, {}, {}, false};
        const QList<StepItem> items = DevelopmentSteps::items(e.person, e.record, today);
        row.next = DevelopmentSteps::nextDue(items);
        row.ready = !row.next && DevelopmentSteps::missingForNext(e.person, e.record, today).isEmpty();
        for (const StepItem& i : items)
            if (i.overdue(today))
                row.overdue.append(i);
        m_rows.append(row);
    }
    endResetModel();
}

const PipelineEntry* PipelineModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

int PipelineModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].entry.person.id == memberId)
            return i;
    return -1;
}

int PipelineModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return !r.overdue.isEmpty(); }));
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const DevelopmentPerson& p = row.entry.person;
    switch (role) {
    case MemberIdRole:
        return p.id;
    case OverdueRole:
        return !row.overdue.isEmpty();
    case Qt::ForegroundRole:
        return overdueForeground(!row.overdue.isEmpty());
    case Qt::ToolTipRole: {
        // The branch column is narrower than a long branch name: its whole name.
        if (index.column() == BranchColumn && row.overdue.isEmpty())
            return data(index, Qt::DisplayRole);
        if (row.overdue.isEmpty())
            return {};
        QStringList lines;
        for (const StepItem& i : row.overdue)
            lines << tr("%1: overdue since %2").arg(i.label, i.dueOn.toString(Qt::ISODate));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case BranchColumn:
        return m_names.value(p.orgId);
    case StageColumn:
        return DevelopmentSteps::stageLabel(p.status);
    case SinceColumn:
        return p.since().toString(Qt::ISODate);
    case NextColumn:
        return row.next ? row.next->label : row.ready ? tr("Ready for the next stage") : QString();
    case DueColumn:
        return row.next && row.next->dueOn.isValid() ? row.next->dueOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BranchColumn:
        return tr("Branch");
    case StageColumn:
        return tr("Stage");
    case SinceColumn:
        return tr("Since");
    case NextColumn:
        return tr("Next item");
    case DueColumn:
        return tr("Due by");
    default:
        return {};
    }
}

} // namespace partydesk
