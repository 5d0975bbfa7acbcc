#pragma once

#include "DevelopmentRecord.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

// A person in the development pipeline with what their steps need.
struct PipelineEntry
{
    DevelopmentPerson person;
    DevelopmentRecord record;
};

// Reads and writes development_record, development_document and development_plan. Writes return
// the error text (empty: written) and run inside the caller's transaction (DevelopmentService).
class DevelopmentRepository
{
public:
    explicit DevelopmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The record of a member, with the documents; an empty record (with the id) when none is kept.
    DevelopmentRecord record(qint64 memberId) const;
    // The member's stage facts; id 0 when there is no such member.
    DevelopmentPerson person(qint64 memberId) const;
    // Everyone on the roster who is an applicant, activist, candidate or probationary member, in
    // the organisation `rootOrgId` or below it (0: everywhere), with their records, by name.
    QList<PipelineEntry> pipeline(qint64 rootOrgId) const;
    QString writeRecord(const DevelopmentRecord& record);

    std::optional<DevelopmentPlan> plan(qint64 orgId, int year) const;
    QString writePlan(const DevelopmentPlan& plan);
    // People admitted (member.joined_on) in `year` in the organisation `orgId` or below it, counted
    // in SQL: members who left since are counted too, they were developed that year.
    PlanAchieved achieved(qint64 orgId, int year) const;

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
