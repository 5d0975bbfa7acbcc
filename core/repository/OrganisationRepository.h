#pragma once

#include "domain/Organisation.h"
#include "domain/PartyMembership.h"
#include "RepositoryError.h"
#include "storage/WriteGate.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

class OrganisationRepository
{
public:
    explicit OrganisationRepository(QSqlDatabase db, const WriteGate* gate = nullptr)
        : m_db(std::move(db)), m_gate(gate)
    {
    }

    QSqlDatabase database() const { return m_db; }

    // All organisations not dissolved, parents before children, in sort order.
    QList<Organisation> all() const;
    Organisation get(qint64 id) const;
    // SQL only: OrganisationService checks the rules and wraps these in its transaction.
    WriteResult save(const Organisation& org);

    QList<Grid> grids(qint64 communityId) const;
    QList<Grid> allGrids() const;
    WriteResult saveGrid(const Grid& grid);

    QList<CoBuildingUnit> coBuildingUnits(qint64 committeeId) const;
    WriteResult saveCoBuildingUnit(const CoBuildingUnit& unit);

    // The people on the roster (not left) directly in each organisation, by status.
    QHash<qint64, MemberCounts> memberCounts() const;
    // Full members registered directly in each organisation (the "3 full members" rule).
    QHash<qint64, int> fullMemberCounts() const;

private:
    QString refusal() const { return m_gate ? m_gate->refusal() : QString(); }

    QSqlDatabase m_db;
    const WriteGate* m_gate = nullptr;
};

} // namespace partydesk
