#include "ScoreSheetModel.h"

#include "rating/RatingService.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace partydesk {

namespace {

QString number(const std::optional<Score>& value)
{
    return value ? value->toCompactString() : QString();
}

QString groupName(RatingItem::Kind kind)
{
    switch (kind) {
    case RatingItem::Kind::Bonus:
        return ScoreSheetModel::tr("Bonus");
    case RatingItem::Kind::Deduction:
        return ScoreSheetModel::tr("Deduction");
    case RatingItem::Kind::Veto:
        return ScoreSheetModel::tr("Veto");
    }
    return {};
}

} // namespace

ScoreSheetModel::ScoreSheetModel(RatingService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void ScoreSheetModel::setSheet(const RatingTemplate& ratingTemplate, const ScoreSheet& sheet, bool readOnly)
{
    beginResetModel();
    m_template = ratingTemplate;
    m_readOnly = readOnly;
    m_sheet = sheet;
    m_evidence.clear();
    m_rows.clear();
    for (const RatingAspect& aspect : m_template.aspects)
        for (const RatingTask& task : aspect.tasks)
            m_rows.append({&task, nullptr, aspect.name});
    for (const RatingItem& item : m_template.items)
        m_rows.append({nullptr, &item, groupName(item.kind)});
    endResetModel();
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    const Row& row = m_rows[index.row()];
    if (row.task &&
        (index.column() == SelfColumn || index.column() == AssessedColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    if (row.item && (index.column() == AssessedColumn || index.column() == NoteColumn)) {
        if (row.item->kind == RatingItem::Kind::Veto && index.column() == AssessedColumn)
            f |= Qt::ItemIsUserCheckable;
        else
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const bool veto = row.item && row.item->kind == RatingItem::Kind::Veto;
    if (role == Qt::CheckStateRole && veto && index.column() == AssessedColumn)
        return m_sheet.items.value(row.item->id).applied ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == EvidenceColumn && row.task)
        return m_evidence.value(row.task->id);
    if (role == Qt::ToolTipRole && index.column() <= TaskColumn) {
        if (row.task) {
            const QString tip = tr("Scoring: %1\nEvidence: %2").arg(row.task->guide, row.task->evidence);
            // The recorded facts' column may be scrolled out of sight on a small screen.
            const QString facts = m_evidence.value(row.task->id);
            return facts.isEmpty() ? tip : tip + QLatin1Char('\n') + tr("Recorded: %1").arg(facts);
        }
        return row.item->guide;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MaxColumn && index.column() <= AssessedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && (flags(index) & Qt::ItemIsEditable) && index.column() != NoteColumn)
        return QBrush(QColor(0xFF, 0xFB, 0xE6));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case AspectColumn:
        return row.group;
    case TaskColumn:
        return row.task ? row.task->name : row.item->name;
    case MaxColumn:
        if (veto)
            return QString();
        return (row.task ? row.task->maxPoints : row.item->maxPoints).toCompactString();
    case SelfColumn:
        return row.task ? number(m_sheet.tasks.value(row.task->id).self) : QString();
    case AssessedColumn:
        if (row.task)
            return number(m_sheet.tasks.value(row.task->id).assessed);
        if (veto)
            return m_sheet.items.value(row.item->id).applied ? tr("Applies") : QString();
        return m_sheet.items.contains(row.item->id) ? number(m_sheet.items.value(row.item->id).points)
                                                    : QString();
    case NoteColumn:
        return row.task ? m_sheet.tasks.value(row.task->id).note : m_sheet.items.value(row.item->id).note;
    case EvidenceColumn:
        return row.task ? m_evidence.value(row.task->id) : QString();
    default:
        return {};
    }
}

void ScoreSheetModel::setEvidence(const QHash<qint64, QString>& evidence)
{
    m_evidence = evidence;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EvidenceColumn), index(int(m_rows.size()) - 1, EvidenceColumn));
}

bool ScoreSheetModel::setTaskValue(const Row& row, int column, const QVariant& value)
{
    // A task with nothing saved reads as version 0: saved only if nobody else saves it first.
    TaskScore score = m_sheet.tasks.value(row.task->id, TaskScore{std::nullopt, std::nullopt, {}, 0});
    if (column == NoteColumn) {
        score.note = value.toString();
    } else {
        const ScoreInput input = parseScore(value.toString());
        if (!input.ok()) {
            emit refused(tr("%1: %2").arg(row.task->name, input.error));
            return false;
        }
        (column == SelfColumn ? score.self : score.assessed) = input.value;
    }
    const ServiceResult saved = m_service.saveTaskScore(m_template.year, m_sheet.orgId, row.task->id, score);
    if (saved.kind == ServiceResult::Kind::Conflict) {
        showSavedSheet(saved.message);
        return false;
    }
    if (!saved.ok()) {
        emit refused(saved.kind == ServiceResult::Kind::Invalid ? saved.message
                                                                : tr("Not saved: %1").arg(saved.message));
        return false;
    }
    if (score.isEmpty()) {
        m_sheet.tasks.remove(row.task->id);
    } else {
        score.rowVersion = score.rowVersion > 0 ? score.rowVersion + 1 : 1;
        m_sheet.tasks.insert(row.task->id, score);
    }
    return true;
}

void ScoreSheetModel::showSavedSheet(const QString& why)
{
    const QHash<qint64, QString> evidence = m_evidence;
    const RatingTemplate ratingTemplate = m_template;
    setSheet(ratingTemplate, m_service.savedSheet(ratingTemplate.year, m_sheet.orgId), m_readOnly);
    setEvidence(evidence);
    emit sheetChanged(m_sheet);
    emit refused(why);
}

bool ScoreSheetModel::setItemValue(const Row& row, int column, const QVariant& value, int role)
{
    ItemScore score = m_sheet.items.value(row.item->id);
    if (column == NoteColumn) {
        score.note = value.toString();
    } else if (role == Qt::CheckStateRole) {
        score.applied = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else {
        const ScoreInput input = parseScore(value.toString());
        if (!input.ok()) {
            emit refused(tr("%1: %2").arg(row.item->name, input.error));
            return false;
        }
        score.points = input.value.value_or(Score());
    }
    const ServiceResult saved = m_service.saveItemScore(m_template.year, m_sheet.orgId, row.item->id, score);
    if (!saved.ok()) {
        emit refused(saved.kind == ServiceResult::Kind::Invalid ? saved.message
                                                                : tr("Not saved: %1").arg(saved.message));
        return false;
    }
    m_sheet.items.insert(row.item->id, score);
    return true;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    if (role != Qt::EditRole && role != Qt::CheckStateRole)
        return false;
    const Row& row = m_rows[index.row()];
    const bool ok =
        row.task ? setTaskValue(row, index.column(), value) : setItemValue(row, index.column(), value, role);
    if (!ok)
        return false;
    emit dataChanged(index, index);
    emit sheetChanged(m_sheet);
    return true;
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AspectColumn:
        return tr("Aspect");
    case TaskColumn:
        return tr("Task");
    case MaxColumn:
        return tr("Max.");
    case SelfColumn:
        return tr("Self");
    case AssessedColumn:
        return tr("Assessed");
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return tr("Recorded facts");
    default:
        return {};
    }
}

} // namespace partydesk
