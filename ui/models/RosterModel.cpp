#include "RosterModel.h"

#include "domain/DerivedFacts.h"
#include "domain/IdNumber.h"

#include <algorithm>
#include <QBrush>
#include <QCollator>
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

QString searchKey(const RosterRow& row)
{
    return row.name + QLatin1Char('\x1f') + row.idNumber + QLatin1Char('\x1f') + row.phone;
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
    m_searchKeys.clear();
    m_searchKeys.reserve(m_rows.size());
    for (const RosterRow& row : m_rows)
        m_searchKeys.push_back(searchKey(row));
    m_visible.clear();
    endResetModel();
    m_order = sortedOrder(m_sortColumn, m_sortOrder);
    applyFilter(false);
}

void RosterModel::upsertRow(const RosterRow& row)
{
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const RosterRow& r) { return r.id == row.id; });
    if (it == m_rows.end()) {
        m_rows.push_back(row);
        m_searchKeys.push_back(searchKey(row));
    } else {
        *it = row;
        m_searchKeys[size_t(it - m_rows.begin())] = searchKey(row);
    }
    m_order = sortedOrder(m_sortColumn, m_sortOrder);
    applyFilter(false);
}

void RosterModel::setOrganisationNames(const QHash<qint64, QString>& orgNames)
{
    m_orgNames = orgNames;
    if (!m_visible.empty())
        emit dataChanged(index(0, OrganisationColumn), index(rowCount() - 1, OrganisationColumn),
                         {Qt::DisplayRole});
}

void RosterModel::setFilter(const RosterFilter& filter)
{
    // Typing one more character only narrows the rows already shown; everything else starts again.
    const bool narrowing = filter.orgIds == m_filter.orgIds && filter.category == m_filter.category &&
                           filter.status == m_filter.status && filter.tag == m_filter.tag &&
                           filter.includeLeft == m_filter.includeLeft &&
                           filter.search.trimmed().contains(m_filter.search.trimmed(), Qt::CaseInsensitive);
    m_filter = filter;
    applyFilter(narrowing);
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
           (search.isEmpty() || m_searchKeys[size_t(i)].contains(search, Qt::CaseInsensitive));
}

std::vector<const RosterRow*> RosterModel::visibleRows() const
{
    std::vector<const RosterRow*> rows;
    rows.reserve(m_visible.size());
    for (int i : m_visible)
        rows.push_back(&m_rows[size_t(i)]);
    return rows;
}

void RosterModel::applyFilter(bool narrowing)
{
    const QString search = m_filter.search.trimmed();
    // Test the candidates in storage order (their text lies in memory that way), then pick them in
    // display order: the result stays sorted without a sort per keystroke. Typing one more
    // character only tests the rows already shown.
    std::vector<char> accepted(m_rows.size(), narrowing ? 0 : 1);
    if (narrowing)
        for (int i : m_visible)
            accepted[size_t(i)] = 1;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (accepted[i])
            accepted[i] = accepts(int(i), search);
    std::vector<int> visible;
    visible.reserve(narrowing ? m_visible.size() : m_rows.size());
    for (int i : narrowing ? m_visible : m_order)
        if (accepted[size_t(i)])
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

std::vector<int> RosterModel::sortedOrder(int column, Qt::SortOrder sortOrder) const
{
    std::vector<int> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    if (column < 0)
        return order;
    const QDate today = m_today;
    const auto textOf = [&](const RosterRow& row) -> QString {
        switch (column) {
        case OrganisationColumn:
            return m_orgNames.value(row.orgId);
        case UnitColumn:
            return row.unitOrPlace;
        default:
            return row.name;
        }
    };
    const bool byText = column == NameColumn || column == OrganisationColumn || column == UnitColumn;
    // Chinese text sorts by pinyin through the collator; its sort keys are made once per row,
    // not once per comparison (a district's 100,000 rows need 1.7 million comparisons).
    std::vector<QCollatorSortKey> keys;
    if (byText) {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        keys.reserve(m_rows.size());
        for (const RosterRow& row : m_rows)
            keys.push_back(collator.sortKey(textOf(row)));
    }
    const auto less = [&](int a, int b) {
        if (byText)
            return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
        const RosterRow& x = m_rows[size_t(a)];
        const RosterRow& y = m_rows[size_t(b)];
        switch (column) {
        case AgeColumn:
            return x.birthDate > y.birthDate;
        case JoinedColumn:
            return x.joinedOn < y.joinedOn;
        case PartyAgeColumn:
            return partyAgeOf(x, today) < partyAgeOf(y, today);
        case SexColumn:
            return int(x.sex) < int(y.sex);
        case CategoryColumn:
            return int(x.category) < int(y.category);
        case StatusColumn:
            return int(x.status) < int(y.status);
        case IdNumberColumn:
            return x.idNumber < y.idNumber;
        case PhoneColumn:
            return x.phone < y.phone;
        default:
            return x.tagMask < y.tagMask;
        }
    };
    if (sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), less);
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
    return order;
}

void RosterModel::sort(int column, Qt::SortOrder sortOrder)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = sortOrder;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> beforeIds;
    for (const QModelIndex& i : before)
        beforeIds.push_back(rowAt(i.row()).id);

    m_order = sortedOrder(m_sortColumn, m_sortOrder);
    // The same rows stay visible, in the new order.
    std::vector<char> shown(m_rows.size(), 0);
    for (int i : m_visible)
        shown[size_t(i)] = 1;
    m_visible.clear();
    for (int i : m_order)
        if (shown[size_t(i)])
            m_visible.push_back(i);

    QModelIndexList after;
    for (size_t i = 0; i < beforeIds.size(); ++i) {
        const int row = visibleRowOf(beforeIds[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[int(i)].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RosterModel::visibleRowOf(qint64 memberId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_rows[size_t(m_visible[i])].id == memberId)
            return int(i);
    return -1;
}

} // namespace partydesk
