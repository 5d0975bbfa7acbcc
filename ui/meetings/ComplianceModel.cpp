#include "ComplianceModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

ComplianceModel::ComplianceModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ComplianceModel::setRows(const QList<ComplianceRule>& rules, const QList<BranchRow>& rows)
{
    beginResetModel();
    m_rules = rules;
    m_rows = rows;
    endResetModel();
}

int ComplianceModel::gapCount() const
{
    int gaps = 0;
    for (const BranchRow& row : m_rows)
        for (const ComplianceResult& r : row.results)
            gaps += int(r.gaps.size());
    return gaps;
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size()) + 2;
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BranchRow& row = m_rows[index.row()];
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(row.name) : QVariant();
    if (index.column() == columnCount() - 1) {
        const AttendanceTally& t = row.attendance;
        if (role == Qt::DisplayRole && t.expected > 0)
            return tr("%1% (%2/%3)").arg(t.rate() * 100, 0, 'f', 1).arg(t.present).arg(t.expected);
        return {};
    }
    const ComplianceResult& r = row.results.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return r.compliant() ? tr("%1 ✓").arg(r.held)
                             : tr("%1, missing %2").arg(r.held).arg(r.gaps.join(QStringLiteral(" ")));
    case Qt::BackgroundRole:
        return r.compliant() ? QVariant() : QVariant(QBrush(QColor(0xFD, 0xE2, 0xDF)));
    case Qt::ToolTipRole:
        return tr("%1 of %2 required periods covered; %3 meetings held")
            .arg(r.required - r.gaps.size())
            .arg(r.required)
            .arg(r.held);
    default:
        return {};
    }
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Branch");
    if (section == columnCount() - 1)
        return tr("Attendance rate");
    const ComplianceRule& rule = m_rules.value(section - 1);
    const QString unit = rule.unit == ComplianceRule::Unit::Month     ? tr("monthly")
                         : rule.unit == ComplianceRule::Unit::Quarter ? tr("quarterly")
                                                                      : tr("yearly");
    return tr("%1 (%2)").arg(enumLabel(rule.kind), unit);
}

} // namespace partydesk
