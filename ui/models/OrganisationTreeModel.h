#pragma once

#include "domain/Organisation.h"
#include "domain/PartyMembership.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <vector>

namespace partydesk {

// The organisation tree (街道党工委 → 社区党委 → 支部 → 党小组) with the Party members (正式 + 预备)
// of each subtree in the second column; the tooltip also counts applicants, activists and candidates.
class OrganisationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        ColumnCount
    };
    enum Role
    {
        OrgIdRole = Qt::UserRole + 1,
        OrgTypeRole
    };

    explicit OrganisationTreeModel(QObject* parent = nullptr);

    // `counts`: the people on the roster directly in each organisation, by status.
    void setOrganisations(const QList<Organisation>& organisations,
                          const QHash<qint64, MemberCounts>& counts);
    // The organisations alone: counts are shown once setMemberCounts gives them.
    void setOrganisations(const QList<Organisation>& organisations);
    // New counts for the same organisations (read after the tree was shown).
    void setMemberCounts(const QHash<qint64, MemberCounts>& counts);
    bool countsKnown() const { return m_countsKnown; }
    // One person more (`delta` 1) or fewer (-1) in the organisation with that status, as after a
    // member's save: its subtree counts change up to the top, without reading every count again.
    void addToCounts(qint64 orgId, MemberStatus status, int delta);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(qint64 orgId) const;
    const Organisation* organisation(qint64 orgId) const;
    const QList<Organisation>& organisations() const { return m_orgs; }
    // The organisation and everything below it.
    QSet<qint64> subtree(qint64 orgId) const;
    // The people on the roster in the organisation's subtree; 0 (or an unknown id): everyone.
    MemberCounts subtreeCounts(qint64 orgId) const;

private:
    struct Node
    {
        int org = -1; // index into m_orgs; -1 for the invisible root
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        MemberCounts subtreeCounts;
    };
    int nodeOf(const QModelIndex& index) const;
    void sumCounts(const QHash<qint64, MemberCounts>& counts);
    void countsChanged(int node);

    QList<Organisation> m_orgs;
    std::vector<Node> m_nodes; // m_nodes[0] is the root; node i+1 holds m_orgs[i]
    QHash<qint64, int> m_nodeById;
    bool m_countsKnown = false;
};

} // namespace partydesk
