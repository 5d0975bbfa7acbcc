#include "RatingResultsModel.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

RatingResultsModel::RatingResultsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RatingResultsModel::setResults(const RatingOutcome& outcome,
                                    const std::optional<RatingOutcome>& lastYear,
                                    const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_outcome = outcome;
    m_lastYear = lastYear;
    m_names = names;
    endResetModel();
}

void RatingResultsModel::updateResults(const RatingOutcome& outcome)
{
    if (outcome.results.size() != m_outcome.results.size()) {
        setResults(outcome, m_lastYear, m_names);
        return;
    }
    m_outcome = outcome;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RatingResultsModel::rowOf(qint64 orgId) const
{
    for (int i = 0; i < m_outcome.results.size(); ++i)
        if (m_outcome.results[i].orgId == orgId)
            return i;
    return -1;
}

int RatingResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_outcome.results.size());
}

int RatingResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RatingResultsModel::starText(int stars)
{
    if (stars <= 0)
        return QString();
    return QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606));
}

QVariant RatingResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RatingResult& r = m_outcome.results[index.row()];
    if (role == OrgIdRole)
        return r.orgId;
    if (role == Qt::ForegroundRole) {
        if (r.lagging)
            return QBrush(QColor(0xB3, 0x26, 0x1E));
        if (index.column() == StarsColumn)
            return QBrush(QColor(0xC8, 0x8A, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TotalColumn || index.column() == RankColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn) {
        // The column says where the rank went; stars, rank and points in full here.
        const RatingChange change = compareWithLastYear(r, m_lastYear ? m_lastYear->find(r.orgId) : nullptr);
        return change.comparable ? changeText(change) : tr("Not rated both years: nothing to compare.");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m_names.value(r.orgId);
    case ParentColumn:
        return m_names.value(r.parentId);
    case TotalColumn:
        return r.rated ? r.total.toString() : QString();
    case StarsColumn:
        return r.vetoed ? tr("%1 (veto)").arg(starText(r.stars)) : starText(r.stars);
    case RankColumn:
        return r.rank > 0 ? QVariant(r.rank) : QVariant();
    case ChangeColumn: {
        const RatingChange change = compareWithLastYear(r, m_lastYear ? m_lastYear->find(r.orgId) : nullptr);
        return change.comparable ? rankChangeText(change) : tr("—");
    }
    case StateColumn:
        return resultStateText(r);
    default:
        return {};
    }
}

QVariant RatingResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Branch");
    case ParentColumn:
        return tr("Above it");
    case TotalColumn:
        return tr("Total");
    case StarsColumn:
        return tr("Stars");
    case RankColumn:
        return tr("Rank");
    case ChangeColumn:
        return tr("Against last year");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace partydesk
