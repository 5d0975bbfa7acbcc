#include "ProbationModel.h"

#include "OverdueStyle.h"

namespace partydesk {

ProbationModel::ProbationModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ProbationModel::setProbations(const QList<ProbationDue>& due, const QHash<qint64, QString>& branchNames)
{
    beginResetModel();
    m_due = due;
    m_names = branchNames;
    endResetModel();
}

int ProbationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_due.size());
}

int ProbationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_due.size())
        return {};
    const ProbationDue& d = m_due[index.row()];
    switch (role) {
    case MemberIdRole:
        return d.memberId;
    case Qt::ForegroundRole:
        return overdueForeground(d.overdue());
    case Qt::ToolTipRole:
        return d.overdue()
                   ? tr("The probation ended on %1 and %2 is not converted yet: the branch meeting has "
                        "to convert, extend or cancel it.")
                         .arg(d.endsOn.toString(Qt::ISODate), d.name)
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case BranchColumn:
        return m_names.value(d.orgId);
    case JoinedColumn:
        return d.joinedOn.toString(Qt::ISODate);
    case EndsColumn:
        return d.endsOn.toString(Qt::ISODate);
    case DaysColumn:
        return d.overdue() ? tr("%n day(s) overdue", nullptr, -d.daysLeft)
                           : tr("in %n day(s)", nullptr, d.daysLeft);
    default:
        return {};
    }
}

QVariant ProbationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BranchColumn:
        return tr("Branch");
    case JoinedColumn:
        return tr("Admitted");
    case EndsColumn:
        return tr("Probation ends");
    case DaysColumn:
        return tr("Days left");
    default:
        return {};
    }
}

} // namespace partydesk
