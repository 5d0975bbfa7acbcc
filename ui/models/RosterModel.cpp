#include "RosterModel.h"

#include "domain/DerivedFacts.h"
#include "domain/IdNumber.h"

#include <algorithm>
#include <QBrush>
#include <QPalette>

namespace partydesk {

namespace {

int partyAgeOf(const RosterRow& row, QDate today)
{
    return row.status == MemberStatus::Full && row.fullOn.isValid() ? ageOn(row.fullOn, today) : -1;
}

bool overdue(const RosterRow& row, QDate today)
{
    return row.status == MemberStatus::Probationary && row.joinedOn.isValid() &&
           today > row.joinedOn.addYears(1);
}

bool sameExceptSearch(const RosterFilter& a, const RosterFilter& b)
{
    return a.orgIds == b.orgIds && a.category == b.category && a.status == b.status && a.tag == b.tag &&
           a.includeLeft == b.includeLeft;
}

} // namespace

RosterModel::RosterModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RosterModel::setRows(std::vector<RosterRow> rows, const QHash<qint64, QString>& orgNames, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_orgNames = orgNames;
    m_today = today;
    m_search.clear();
    m_acceptedWithoutSearch.clear();
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_search.set(int(i), m_rows[i]);
        m_rowById.insert(m_rows[i].id, int(i));
    }
    m_visible.clear();
    endResetModel();
    m_order = m_sort.sortAll();
    applyFilter();
}

const RosterRow* RosterModel::findRow(qint64 memberId) const
{
    const auto it = m_rowById.constFind(memberId);
    return it == m_rowById.cend() ? nullptr : &m_rows[size_t(*it)];
}

int RosterModel::visibleInsertionPoint(int i, int skip) const
{
    const auto less = [this](int a, int b) { return m_sort.less(a, b); };
    const auto begin = m_visible.begin();
    if (skip < 0)
        return int(std::lower_bound(begin, m_visible.end(), i, less) - begin);
    // The rows before and after `skip` are each in order; `i` belongs in one of the two parts.
    if (skip > 0 && less(i, m_visible[size_t(skip) - 1]))
        return int(std::lower_bound(begin, begin + skip, i, less) - begin);
    return int(std::lower_bound(begin + skip + 1, m_visible.end(), i, less) - begin) - 1;
}

// One row changes; re-sorting and re-filtering all 100,000 would take a district's clerk a
// noticeable pause after every save.
void RosterModel::upsertRow(const RosterRow& row)
{
    const auto found = m_rowById.constFind(row.id);
    int i = 0;
    int wasAt = -1;
    if (found == m_rowById.cend()) {
        i = int(m_rows.size());
        m_rows.push_back(row);
        m_rowById.insert(row.id, i);
        if (!m_acceptedWithoutSearch.empty())
            m_acceptedWithoutSearch.push_back(0);
    } else {
        i = *found;
        m_order.erase(std::find(m_order.begin(), m_order.end(), i));
        const auto shown = std::find(m_visible.begin(), m_visible.end(), i);
        wasAt = shown == m_visible.end() ? -1 : int(shown - m_visible.begin());
        m_rows[size_t(i)] = row;
    }
    m_search.set(i, row);
    if (!m_acceptedWithoutSearch.empty())
        m_acceptedWithoutSearch[size_t(i)] = m_filter.acceptsIgnoringSearch(row);
    m_sort.updateKey(i);
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), i,
                                    [this](int a, int b) { return m_sort.less(a, b); }),
                   i);
    const bool show = accepts(i, m_filter.search.trimmed());
    const int at = show ? visibleInsertionPoint(i, wasAt) : -1;
    const auto rowChanged = [this](int r) { emit dataChanged(index(r, 0), index(r, ColumnCount - 1)); };
    if (wasAt >= 0 && show) {
        if (at != wasAt) {
            // Qt counts the destination before the row leaves its place.
            beginMoveRows({}, wasAt, wasAt, {}, at > wasAt ? at + 1 : at);
            m_visible.erase(m_visible.begin() + wasAt);
            m_visible.insert(m_visible.begin() + at, i);
            endMoveRows();
        }
        rowChanged(at);
    } else if (wasAt >= 0) {
        beginRemoveRows({}, wasAt, wasAt);
        m_visible.erase(m_visible.begin() + wasAt);
        endRemoveRows();
    } else if (show) {
        beginInsertRows({}, at, at);
        m_visible.insert(m_visible.begin() + at, i);
        endInsertRows();
    }
}

void RosterModel::setOrganisationNames(const QHash<qint64, QString>& orgNames)
{
    m_orgNames = orgNames;
    if (m_sort.column() == OrganisationColumn) {
        sort(m_sort.column(), m_sort.order()); // the names are the sort keys
        return;
    }
    if (!m_visible.empty())
        emit dataChanged(index(0, OrganisationColumn), index(rowCount() - 1, OrganisationColumn),
                         {Qt::DisplayRole});
}

void RosterModel::setFilter(const RosterFilter& filter)
{
    if (!sameExceptSearch(filter, m_filter))
        m_acceptedWithoutSearch.clear();
    m_filter = filter;
    applyFilter();
}

void RosterModel::setShowFullIdNumbers(bool show)
{
    if (m_showFullIds == show)
        return;
    m_showFullIds = show;
    if (!m_visible.empty())
        emit dataChanged(index(0, IdNumberColumn), index(rowCount() - 1, IdNumberColumn), {Qt::DisplayRole});
}

bool RosterModel::accepts(int i, const QString& search) const
{
    return m_filter.acceptsIgnoringSearch(m_rows[size_t(i)]) &&
           (search.isEmpty() || m_search.matches(i, search));
}

void RosterModel::updateFilterWithoutSearch()
{
    if (!m_acceptedWithoutSearch.empty() || m_rows.empty())
        return;
    m_acceptedWithoutSearch.resize(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_acceptedWithoutSearch[i] = m_filter.acceptsIgnoringSearch(m_rows[i]);
}

std::vector<const RosterRow*> RosterModel::visibleRows() const
{
    std::vector<const RosterRow*> rows;
    rows.reserve(m_visible.size());
    for (int i : m_visible)
        rows.push_back(&m_rows[size_t(i)]);
    return rows;
}

void RosterModel::applyFilter()
{
    // The search text is matched in one pass over the index; the rest of the filter changes
    // rarely and is kept. The rows are then picked in display order: no sort per keystroke.
    updateFilterWithoutSearch();
    const QString search = m_filter.search.trimmed();
    std::vector<char> found;
    if (!search.isEmpty()) {
        found.assign(m_rows.size(), 0);
        m_search.match(search, &found);
    }
    std::vector<int> visible;
    visible.reserve(m_rows.size());
    for (int i : m_order)
        if (m_acceptedWithoutSearch[size_t(i)] && (search.isEmpty() || found[size_t(i)]))
            visible.push_back(i);
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::tagText(const RosterRow& row) const
{
    QStringList labels;
    for (MemberTag tag : enumValues<MemberTag>())
        if (row.hasTag(tag))
            labels << enumLabel(tag);
    return labels.join(tr(", "));
}

QString RosterModel::statusText(const RosterRow& row) const
{
    if (row.leftOn.isValid())
        return tr("Left %1").arg(row.leftOn.toString(Qt::ISODate));
    if (overdue(row, m_today))
        return tr("%1 (probation overdue)").arg(enumLabel(row.status));
    return enumLabel(row.status);
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RosterRow& row = rowAt(index.row());
    if (role == MemberIdRole)
        return row.id;
    if (role == Qt::ForegroundRole) {
        if (row.leftOn.isValid())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == StatusColumn && overdue(row, m_today))
            return QBrush(QColor(0xb0, 0x30, 0x20));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AgeColumn || index.column() == PartyAgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case SexColumn:
        return enumLabel(row.sex);
    case AgeColumn:
        return row.birthDate.isValid() ? QVariant(ageOn(row.birthDate, m_today)) : QVariant();
    case IdNumberColumn:
        return m_showFullIds ? row.idNumber : IdNumber::masked(row.idNumber);
    case PhoneColumn:
        return row.phone;
    case OrganisationColumn:
        return m_orgNames.value(row.orgId);
    case CategoryColumn:
        return enumLabel(row.category);
    case StatusColumn:
        return statusText(row);
    case JoinedColumn:
        return row.joinedOn.isValid() ? row.joinedOn.toString(Qt::ISODate) : QString();
    case PartyAgeColumn: {
        const int years = partyAgeOf(row, m_today);
        return years >= 0 ? QVariant(years) : QVariant();
    }
    case UnitColumn:
        return row.unitOrPlace;
    case TagsColumn:
        return tagText(row);
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case OrganisationColumn:
        return tr("Organisation");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case JoinedColumn:
        return tr("Joined");
    case PartyAgeColumn:
        return tr("Party age");
    case UnitColumn:
        return tr("Unit or whereabouts");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

void RosterModel::sort(int column, Qt::SortOrder sortOrder)
{
    if (column >= ColumnCount)
        return;
    m_sort.setColumn(column, sortOrder);
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> beforeRows; // storage indexes
    for (const QModelIndex& i : before)
        beforeRows.push_back(m_visible[size_t(i.row())]);

    m_order = m_sort.sortAll();
    // The same rows stay visible, in the new order.
    std::vector<int> shownAt(m_rows.size(), -1);
    for (int i : m_visible)
        shownAt[size_t(i)] = 0;
    m_visible.clear();
    for (int i : m_order)
        if (shownAt[size_t(i)] == 0) {
            shownAt[size_t(i)] = int(m_visible.size());
            m_visible.push_back(i);
        }

    QModelIndexList after;
    for (size_t i = 0; i < beforeRows.size(); ++i)
        after << index(shownAt[size_t(beforeRows[i])], before[int(i)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RosterModel::visibleRowOf(qint64 memberId) const
{
    const auto found = m_rowById.constFind(memberId);
    if (found == m_rowById.cend())
        return -1;
    // Storage indexes are plain ints side by side: a scan of 100,000 takes microseconds.
    const auto it = std::find(m_visible.begin(), m_visible.end(), *found);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

} // namespace partydesk
