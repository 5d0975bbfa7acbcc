#include "AppraisalResultsModel.h"

#include "appraisal/AppraisalService.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

namespace {

QVariant gradeText(const std::optional<AppraisalGrade>& grade)
{
    return grade ? QVariant(enumLabel(*grade)) : QVariant();
}

std::optional<AppraisalGrade> gradeFromValue(const QVariant& value)
{
    bool ok = false;
    const int index = value.toInt(&ok);
    if (value.isNull() || !ok || index < 0 || index >= appraisalGradeCount)
        return std::nullopt;
    return gradeAt(index);
}

} // namespace

AppraisalResultsModel::AppraisalResultsModel(AppraisalService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void AppraisalResultsModel::load(qint64 sessionId, bool finished)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_finished = finished;
    m_rows = sessionId > 0 ? m_service.repository().rows(sessionId) : QList<AppraisalRow>();
    endResetModel();
}

int AppraisalResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppraisalResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppraisalResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppraisalRow& row = m_rows.at(index.row());
    const AppraisalEntry& e = row.entry;
    const int column = index.column();
    if (column >= MutualFirstColumn && column < HandlingColumn) {
        const bool mutual = column < MassesFirstColumn;
        const AppraisalVotes& votes = mutual ? e.mutual : e.masses;
        const int grade = column - (mutual ? MutualFirstColumn : MassesFirstColumn);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return votes.kept ? QVariant(votes.counts[grade]) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::EditRole && isGradeColumn(column)) {
        const std::optional<AppraisalGrade>& grade = column == GradeColumn ? e.grade : e.selfGrade;
        return grade ? gradeIndex(*grade) : -1;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return row.name;
        case SexColumn:
            return enumLabel(row.sex);
        case StatusColumn:
            return enumLabel(row.status);
        case CategoryColumn:
            return enumLabel(row.category);
        case SelfGradeColumn:
            return gradeText(e.selfGrade);
        case GradeColumn:
            return gradeText(e.grade);
        case HandlingColumn:
            return e.handling;
        case NoteColumn:
            return e.note;
        default:
            return {};
        }
    }
    if (column == GradeColumn && !e.grade) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (role == Qt::ToolTipRole)
            return tr("Not rated yet: every member needs a grade before the appraisal is finished.");
    }
    if (column == GradeColumn && e.grade == AppraisalGrade::Unqualified && role == Qt::ForegroundRole)
        return QBrush(QColor(0xc0, 0x00, 0x00));
    return {};
}

QVariant AppraisalResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= MutualFirstColumn && section < MassesFirstColumn)
        return tr("Mutual:\n%1").arg(enumLabel(gradeAt(section - MutualFirstColumn)));
    if (section >= MassesFirstColumn && section < HandlingColumn)
        return tr("Masses:\n%1").arg(enumLabel(gradeAt(section - MassesFirstColumn)));
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case StatusColumn:
        return tr("Status");
    case CategoryColumn:
        return tr("Category");
    case SelfGradeColumn:
        return tr("Self appraisal");
    case GradeColumn:
        return tr("Result");
    case HandlingColumn:
        return tr("Handling");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags AppraisalResultsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_finished && index.column() >= GradeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AppraisalResultsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    AppraisalEntry e = m_rows.at(index.row()).entry;
    const int column = index.column();
    if (column >= MutualFirstColumn && column < HandlingColumn) {
        const bool mutual = column < MassesFirstColumn;
        AppraisalVotes& votes = mutual ? e.mutual : e.masses;
        const int grade = column - (mutual ? MutualFirstColumn : MassesFirstColumn);
        const QString text = value.toString().trimmed();
        bool ok = true;
        const int n = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok) {
            emit refused(tr("Votes are whole numbers: %1 is not one.").arg(text));
            return false;
        }
        if (!votes.kept)
            votes.counts.fill(0);
        votes.kept = true;
        votes.counts[grade] = n;
        votes.kept = votes.total() != 0; // all cleared: not kept
    } else if (column == GradeColumn) {
        e.grade = gradeFromValue(value);
        if (e.grade == AppraisalGrade::Unqualified && e.handling.trimmed().isEmpty()) {
            emit handlingNeeded(index.row());
            return false;
        }
    } else if (column == SelfGradeColumn) {
        e.selfGrade = gradeFromValue(value);
    } else if (column == HandlingColumn) {
        e.handling = value.toString();
    } else if (column == NoteColumn) {
        e.note = value.toString();
    } else {
        return false;
    }
    return save(index.row(), e);
}

bool AppraisalResultsModel::setUnqualified(int row, const QString& handling)
{
    if (row < 0 || row >= m_rows.size() || m_finished)
        return false;
    AppraisalEntry e = m_rows.at(row).entry;
    e.grade = AppraisalGrade::Unqualified;
    e.handling = handling;
    return save(row, e);
}

bool AppraisalResultsModel::save(int row, const AppraisalEntry& e)
{
    const ServiceResult saved = m_service.setEntry(m_sessionId, e);
    if (!saved.ok()) {
        emit refused(saved.message);
        return false;
    }
    if (const std::optional<AppraisalRow> fresh = m_service.repository().row(m_sessionId, e.memberId))
        m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit entrySaved();
    return true;
}

} // namespace partydesk
