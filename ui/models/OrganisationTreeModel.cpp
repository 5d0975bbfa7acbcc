#include "OrganisationTreeModel.h"

#include "domain/Enums.h"
#include "domain/OrganisationTree.h"

namespace partydesk {

OrganisationTreeModel::OrganisationTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
    m_nodes.resize(1);
}

void OrganisationTreeModel::setOrganisations(const QList<Organisation>& organisations)
{
    setOrganisations(organisations, {});
    m_countsKnown = false;
}

void OrganisationTreeModel::setOrganisations(const QList<Organisation>& organisations,
                                             const QHash<qint64, MemberCounts>& counts)
{
    beginResetModel();
    m_countsKnown = true;
    m_orgs = organisations;
    m_nodes.assign(size_t(m_orgs.size()) + 1, Node());
    m_nodeById.clear();
    for (int i = 0; i < m_orgs.size(); ++i) {
        m_nodes[size_t(i) + 1].org = i;
        m_nodeById.insert(m_orgs[i].id, i + 1);
    }
    for (int i = 0; i < m_orgs.size(); ++i) {
        const int node = i + 1;
        // An organisation whose parent is missing (dissolved) is shown at the top.
        const int parent = m_nodeById.value(m_orgs[i].parentId, 0);
        m_nodes[size_t(node)].parent = parent;
        m_nodes[size_t(node)].row = int(m_nodes[size_t(parent)].children.size());
        m_nodes[size_t(parent)].children.push_back(node);
    }
    sumCounts(counts);
    endResetModel();
}

void OrganisationTreeModel::sumCounts(const QHash<qint64, MemberCounts>& counts)
{
    for (Node& n : m_nodes)
        n.subtreeCounts = MemberCounts();
    // Parents come before children in storage order only by accident; sum counts bottom-up by depth.
    std::vector<int> order;
    order.reserve(m_nodes.size());
    order.push_back(0);
    for (size_t i = 0; i < order.size(); ++i)
        for (int child : m_nodes[size_t(order[i])].children)
            order.push_back(child);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        Node& n = m_nodes[size_t(*it)];
        if (n.org >= 0)
            n.subtreeCounts += counts.value(m_orgs[n.org].id);
        if (n.parent >= 0 && *it != 0)
            m_nodes[size_t(n.parent)].subtreeCounts += n.subtreeCounts;
    }
}

void OrganisationTreeModel::setMemberCounts(const QHash<qint64, MemberCounts>& counts)
{
    sumCounts(counts);
    m_countsKnown = true;
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        const std::vector<int>& children = m_nodes[node].children;
        if (children.empty())
            continue;
        const QModelIndex parent =
            node == 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
        emit dataChanged(index(0, 0, parent), index(int(children.size()) - 1, MembersColumn, parent));
    }
}

void OrganisationTreeModel::addToCounts(qint64 orgId, MemberStatus status, int delta)
{
    // Counts of organisations not in the tree (dissolved) are not shown anywhere, as on a reload.
    const int first = m_nodeById.value(orgId, 0);
    if (first == 0 || !m_countsKnown) // unknown counts come whole, later
        return;
    for (int node = first; node >= 0; node = m_nodes[size_t(node)].parent) {
        m_nodes[size_t(node)].subtreeCounts.add(status, delta);
        if (node != 0)
            countsChanged(node);
    }
}

// Both columns: the name's tooltip describes the counts too.
void OrganisationTreeModel::countsChanged(int node)
{
    const Node& n = m_nodes[size_t(node)];
    emit dataChanged(createIndex(n.row, NameColumn, quintptr(node)),
                     createIndex(n.row, MembersColumn, quintptr(node)));
}

int OrganisationTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex OrganisationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node& p = m_nodes[size_t(nodeOf(parent))];
    if (row >= int(p.children.size()))
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex OrganisationTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(nodeOf(child))].parent;
    if (parent <= 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int OrganisationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(nodeOf(parent))].children.size());
}

int OrganisationTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrganisationTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& node = m_nodes[size_t(nodeOf(index))];
    const Organisation& org = m_orgs[node.org];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return org.name;
        return m_countsKnown ? QVariant(node.subtreeCounts.partyMembers()) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nType: %2\nSecretary: %3\n%4")
            .arg(org.name, enumLabel(org.type), org.secretary.isEmpty() ? tr("(none)") : org.secretary,
                 m_countsKnown ? describeMemberCounts(node.subtreeCounts) : QString());
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OrgIdRole:
        return org.id;
    case OrgTypeRole:
        return int(org.type);
    default:
        return {};
    }
}

QVariant OrganisationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Organisation") : tr("Party members");
}

QModelIndex OrganisationTreeModel::indexOf(qint64 orgId) const
{
    const int node = m_nodeById.value(orgId, 0);
    if (node == 0)
        return {};
    return createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
}

const Organisation* OrganisationTreeModel::organisation(qint64 orgId) const
{
    const int node = m_nodeById.value(orgId, 0);
    return node == 0 ? nullptr : &m_orgs[m_nodes[size_t(node)].org];
}

QSet<qint64> OrganisationTreeModel::subtree(qint64 orgId) const
{
    return subtreeIds(m_orgs, orgId);
}

MemberCounts OrganisationTreeModel::subtreeCounts(qint64 orgId) const
{
    // Node 0, the invisible root, holds everyone.
    return m_nodes[size_t(m_nodeById.value(orgId, 0))].subtreeCounts;
}

} // namespace partydesk
