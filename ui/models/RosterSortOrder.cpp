#include "RosterSortOrder.h"

#include "domain/DerivedFacts.h"
#include "models/RosterModel.h"

#include <algorithm>

namespace partydesk {

namespace {

int partyAgeOf(const RosterRow& row, QDate today)
{
    return row.status == MemberStatus::Full && row.fullOn.isValid() ? ageOn(row.fullOn, today) : -1;
}

template <typename T> int threeWay(const T& x, const T& y)
{
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

void RosterSortOrder::setColumn(int column, Qt::SortOrder order)
{
    m_column = column < 0 ? -1 : column;
    m_order = order;
    m_keys.clear();
}

bool RosterSortOrder::sortsByText() const
{
    return m_column == RosterModel::NameColumn || m_column == RosterModel::OrganisationColumn ||
           m_column == RosterModel::UnitColumn;
}

QString RosterSortOrder::textOf(const RosterRow& row) const
{
    switch (m_column) {
    case RosterModel::OrganisationColumn:
        return m_orgNames.value(row.orgId);
    case RosterModel::UnitColumn:
        return row.unitOrPlace;
    default:
        return row.name;
    }
}

std::vector<int> RosterSortOrder::sortAll()
{
    m_keys.clear();
    if (sortsByText()) {
        if (!m_collator) {
            // Chinese text sorts by pinyin.
            m_collator = std::make_unique<QCollator>(QLocale(QLocale::Chinese, QLocale::China));
            m_collator->setNumericMode(true);
        }
        m_keys.reserve(m_rows.size());
        for (const RosterRow& row : m_rows)
            m_keys.push_back(m_collator->sortKey(textOf(row)));
    }
    std::vector<int> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return less(a, b); });
    return order;
}

void RosterSortOrder::updateKey(int i)
{
    if (!sortsByText())
        return;
    QCollatorSortKey key = m_collator->sortKey(textOf(m_rows[size_t(i)]));
    if (size_t(i) < m_keys.size())
        m_keys[size_t(i)] = std::move(key);
    else
        m_keys.push_back(std::move(key));
}

int RosterSortOrder::compareByColumn(int a, int b) const
{
    if (sortsByText())
        return m_keys[size_t(a)].compare(m_keys[size_t(b)]);
    const RosterRow& x = m_rows[size_t(a)];
    const RosterRow& y = m_rows[size_t(b)];
    switch (m_column) {
    case -1:
        return 0;
    case RosterModel::AgeColumn: // youngest first: the later birth date
        return threeWay(y.birthDate, x.birthDate);
    case RosterModel::JoinedColumn:
        return threeWay(x.joinedOn, y.joinedOn);
    case RosterModel::PartyAgeColumn:
        return threeWay(partyAgeOf(x, m_today), partyAgeOf(y, m_today));
    case RosterModel::SexColumn:
        return threeWay(int(x.sex), int(y.sex));
    case RosterModel::CategoryColumn:
        return threeWay(int(x.category), int(y.category));
    case RosterModel::StatusColumn:
        return threeWay(int(x.status), int(y.status));
    case RosterModel::IdNumberColumn:
        return threeWay(x.idNumber, y.idNumber);
    case RosterModel::PhoneColumn:
        return threeWay(x.phone, y.phone);
    default:
        return threeWay(x.tagMask, y.tagMask);
    }
}

bool RosterSortOrder::less(int a, int b) const
{
    const int byColumn = compareByColumn(a, b);
    if (byColumn != 0)
        return m_order == Qt::AscendingOrder ? byColumn < 0 : byColumn > 0;
    const RosterRow& x = m_rows[size_t(a)];
    const RosterRow& y = m_rows[size_t(b)];
    return x.orgId != y.orgId ? x.orgId < y.orgId : x.id < y.id;
}

} // namespace partydesk
