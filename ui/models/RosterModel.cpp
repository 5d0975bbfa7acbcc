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
    const RosterRow& row = m_rows[size_t(i)];
    if (!m_filter.includeLeft && row.leftOn.isValid())
        return false;
    if (m_filter.orgIds && !m_filter.orgIds->contains(row.orgId))
        return false;
    if (m_filter.category && row.category != *m_filter.category)
        return false;
    if (m_filter.status && row.status != *m_filter.status)
        return false;
    if (m_filter.tag && !row.hasTag(*m_filter.tag))
        return false;
    return search.isEmpty() || m_searchKeys[size_t(i)].contains(search, Qt::CaseInsensitive);
}

void RosterModel::applyFilter(bool narrowing)
{
    const QString search = m_filter.search.trimmed();
    std::vector<int> visible;
    if (narrowing) {
        visible.reserve(m_visible.size());
        for (int i : m_visible)
            if (accepts(i, search))
                visible.push_back(i);
    } else {
        visible.reserve(m_rows.size());
        for (int i = 0; i < int(m_rows.size()); ++i)
            if (accepts(i, search))
                visible.push_back(i);
    }
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    if (m_sortColumn >= 0 && !narrowing)
        sort(m_sortColumn, m_sortOrder);
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

void RosterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> beforeIds;
    for (const QModelIndex& i : before)
        beforeIds.push_back(rowAt(i.row()).id);

    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    const QDate today = m_today;
    auto less = [&](int a, int b) {
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
        case OrganisationColumn:
            return collator.compare(m_orgNames.value(x.orgId), m_orgNames.value(y.orgId)) < 0;
        case UnitColumn:
            return collator.compare(x.unitOrPlace, y.unitOrPlace) < 0;
        case TagsColumn:
            return x.tagMask < y.tagMask;
        default:
            return collator.compare(x.name, y.name) < 0;
        }
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_visible.begin(), m_visible.end(), less);
    else
        std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) { return less(b, a); });

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
