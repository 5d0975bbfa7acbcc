#include "TemplateModel.h"

#include "rating/EvidenceSource.h"

#include <QFont>

namespace partydesk {

TemplateModel::TemplateModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void TemplateModel::setAspects(const QList<RatingAspect>& aspects)
{
    beginResetModel();
    m_aspects = aspects;
    endResetModel();
    emit totalChanged(totalPoints());
}

double TemplateModel::totalPoints() const
{
    Score total;
    for (const RatingAspect& aspect : m_aspects)
        total += aspect.maxPoints();
    return total.toDouble();
}

QModelIndex TemplateModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_aspects.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (isTask(parent) || parent.row() >= m_aspects.size() || row >= m_aspects[parent.row()].tasks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TemplateModel::parent(const QModelIndex& child) const
{
    if (!isTask(child))
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TemplateModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_aspects.size());
    if (isTask(parent) || parent.column() != 0)
        return 0;
    return int(m_aspects[parent.row()].tasks.size());
}

int TemplateModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags TemplateModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isTask(index) || index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TemplateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (!isTask(index)) {
        const RatingAspect& aspect = m_aspects[index.row()];
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        if (index.column() == NameColumn)
            return aspect.name;
        if (index.column() == MaxColumn)
            return aspect.maxPoints().toCompactString();
        return {};
    }
    const RatingTask& task = m_aspects[int(index.internalId()) - 1].tasks[index.row()];
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return task.name;
    case MaxColumn:
        return task.maxPoints.toCompactString();
    case GuideColumn:
        return task.guide;
    case EvidenceColumn:
        return task.evidence;
    case SourceColumn:
        return role == Qt::EditRole ? task.evidenceSource : EvidenceSource::name(task.evidenceSource);
    default:
        return {};
    }
}

bool TemplateModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (!isTask(index)) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        m_aspects[index.row()].name = name;
        emit dataChanged(index, index);
        return true;
    }
    RatingTask& task = m_aspects[int(index.internalId()) - 1].tasks[index.row()];
    switch (index.column()) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty())
            return false;
        task.name = value.toString().trimmed();
        break;
    case MaxColumn: {
        const ScoreInput points = parseScore(value.toString());
        if (!points.ok() || !points.value || *points.value <= Score() || *points.value > Score::whole(100))
            return false;
        task.maxPoints = *points.value;
        const QModelIndex aspect = parent(index);
        emit dataChanged(aspect.siblingAtColumn(MaxColumn), aspect.siblingAtColumn(MaxColumn));
        emit totalChanged(totalPoints());
        break;
    }
    case GuideColumn:
        task.guide = value.toString();
        break;
    case EvidenceColumn:
        task.evidence = value.toString();
        break;
    case SourceColumn: {
        bool known = false;
        const QString source = EvidenceSource::fromText(value.toString(), &known);
        if (!known)
            return false;
        task.evidenceSource = source;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Aspect / task");
    case MaxColumn:
        return tr("Max.");
    case GuideColumn:
        return tr("How to score");
    case EvidenceColumn:
        return tr("Evidence");
    case SourceColumn:
        return tr("Suggested from");
    default:
        return {};
    }
}

QModelIndex TemplateModel::addAspect(const QString& name)
{
    const int row = int(m_aspects.size());
    beginInsertRows({}, row, row);
    m_aspects.append({0, name, {}});
    endInsertRows();
    return index(row, 0);
}

QModelIndex TemplateModel::addTask(const QModelIndex& aspectOrTask, const QString& name, double maxPoints)
{
    if (!aspectOrTask.isValid())
        return {};
    const QModelIndex aspect = isTask(aspectOrTask) ? parent(aspectOrTask) : aspectOrTask.siblingAtColumn(0);
    const int row = int(m_aspects[aspect.row()].tasks.size());
    beginInsertRows(aspect, row, row);
    m_aspects[aspect.row()].tasks.append({0, name, Score::fromStored(maxPoints), {}, {}});
    endInsertRows();
    emit dataChanged(aspect.siblingAtColumn(MaxColumn), aspect.siblingAtColumn(MaxColumn));
    emit totalChanged(totalPoints());
    return index(row, 0, aspect);
}

void TemplateModel::remove(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (isTask(index)) {
        const QModelIndex aspect = parent(index);
        beginRemoveRows(aspect, index.row(), index.row());
        m_aspects[aspect.row()].tasks.removeAt(index.row());
        endRemoveRows();
        emit dataChanged(aspect.siblingAtColumn(MaxColumn), aspect.siblingAtColumn(MaxColumn));
    } else {
        beginRemoveRows({}, index.row(), index.row());
        m_aspects.removeAt(index.row());
        endRemoveRows();
    }
    emit totalChanged(totalPoints());
}

QModelIndex TemplateModel::move(const QModelIndex& index, int delta)
{
    if (!index.isValid())
        return index;
    const QModelIndex parentIndex = parent(index);
    const int from = index.row();
    const int to = from + delta;
    if (to < 0 || to >= rowCount(parentIndex))
        return index;
    if (isTask(index)) {
        // beginMoveRows counts the destination before the move.
        if (!beginMoveRows(parentIndex, from, from, parentIndex, delta > 0 ? to + 1 : to))
            return index;
        m_aspects[parentIndex.row()].tasks.move(from, to);
        endMoveRows();
    } else {
        // Task rows are addressed by their aspect's position: moving an aspect renumbers them all.
        beginResetModel();
        m_aspects.move(from, to);
        endResetModel();
    }
    return this->index(to, index.column(), parentIndex);
}

} // namespace partydesk
