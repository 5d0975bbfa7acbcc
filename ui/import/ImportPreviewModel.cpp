#include "ImportPreviewModel.h"

#include "domain/IdNumber.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

namespace {

const QColor refusedBackground(0xFD, 0xE7, 0xE5);
const QColor refusedText(0xB3, 0x26, 0x1E); // the colour of FieldErrorLabel
const QColor skippedText(0x75, 0x75, 0x75);

bool shown(const ImportRow& row, ImportPreviewModel::Filter filter)
{
    switch (filter) {
    case ImportPreviewModel::Filter::Refused:
        return row.action == ImportRow::Action::Refused;
    case ImportPreviewModel::Filter::WithNotes:
        return !row.notes.isEmpty();
    case ImportPreviewModel::Filter::All:
        break;
    }
    return true;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPlan(std::shared_ptr<const ImportPlan> plan,
                                 QHash<qint64, QString> organisationNames)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_names = std::move(organisationNames);
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    m_visible.clear();
    if (!m_plan)
        return;
    for (int i = 0; i < int(m_plan->rows.size()); ++i)
        if (shown(m_plan->rows[size_t(i)], m_filter))
            m_visible.push_back(i);
}

const ImportRow* ImportPreviewModel::rowAt(int row) const
{
    if (!m_plan || row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_plan->rows[size_t(m_visible[size_t(row)])];
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionText(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add:
        return tr("Add");
    case ImportRow::Action::Update:
        return tr("Update");
    case ImportRow::Action::Skip:
        return tr("Already on the roster");
    case ImportRow::Action::Refused:
        return tr("Refused");
    }
    return {};
}

QString ImportPreviewModel::joinMessages(const QStringList& messages)
{
    QString joined;
    for (const QString& message : messages) {
        if (!joined.isEmpty() && !joined.endsWith(QChar(u'。')) && !joined.endsWith(QChar(u'；')))
            joined += QLatin1Char(' ');
        joined += message;
    }
    return joined;
}

QString ImportPreviewModel::branchText(const ImportRow& row) const
{
    if (!row.newBranch.isEmpty())
        return tr("%1 (to be created)").arg(row.newBranch);
    // A branch the workspace does not have is named in the row's problems.
    return row.member.orgId > 0 ? m_names.value(row.member.orgId) : QString();
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const ImportRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const bool refused = row->action == ImportRow::Action::Refused;
    // Problems first: a refused row's notes matter less than why it is refused.
    const QStringList details = refused ? row->problems + row->notes : row->notes;
    switch (role) {
    case ActionRole:
        return int(row->action);
    case Qt::BackgroundRole:
        return refused ? QBrush(refusedBackground) : QVariant();
    case Qt::ForegroundRole:
        if (refused)
            return QBrush(refusedText);
        return row->action == ImportRow::Action::Skip ? QBrush(skippedText) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == DetailsColumn && !details.isEmpty() ? details.join(QLatin1Char('\n'))
                                                                     : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RowColumn:
        return row->sheetRow;
    case NameColumn:
        return row->member.name;
    case IdNumberColumn:
        return IdNumber::masked(row->member.idNumber); // masked even when mistyped: still someone's number
    case BranchColumn:
        return branchText(*row);
    case ActionColumn:
        return actionText(row->action);
    case DetailsColumn:
        return joinMessages(details);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case BranchColumn:
        return tr("Branch");
    case ActionColumn:
        return tr("Action");
    case DetailsColumn:
        return tr("Problems and notes");
    default:
        return {};
    }
}

} // namespace partydesk
